/// The PLOVER event types and a quad class for each, for POLECAT rows that carry no quad code.
///
/// Each type gets the quad class of the CAMEO root it is drawn from in the CAMEO2PLOVER crosswalk
/// (AGREE ← 03, CONSULT ← 04, SUPPORT ← 05, COOPERATE ← 06, AID ← 07, CONCEDE and RETREAT ← 08,
/// REQUEST ← 10, ACCUSE ← 11, REJECT ← 12, THREATEN ← 13, PROTEST ← 14, MOBILIZE ← 15, SANCTION ← 16,
/// COERCE ← 17, ASSAULT ← 18–20).
enum PloverTypes {
    static let quad: [String: QuadClass] = [
        "AGREE": .verbalCooperation, "CONSULT": .verbalCooperation, "SUPPORT": .verbalCooperation,
        "COOPERATE": .materialCooperation, "AID": .materialCooperation, "CONCEDE": .materialCooperation,
        "RETREAT": .materialCooperation,
        "REQUEST": .verbalConflict, "ACCUSE": .verbalConflict, "REJECT": .verbalConflict, "THREATEN": .verbalConflict,
        "PROTEST": .materialConflict, "MOBILIZE": .materialConflict, "SANCTION": .materialConflict,
        "COERCE": .materialConflict, "ASSAULT": .materialConflict,
    ]
}
