import DyadCore

/// The standard codes one Dyad event type carries: CAMEO code, PLOVER type, mode and context, Goldstein value.
public struct EventCodes: Sendable, Hashable {
    /// The CAMEO event code (`057`).
    public var cameo: String
    /// The CAMEO code's name in the CAMEO codebook.
    public var cameoName: String
    /// The PLOVER event type (`AGREE`).
    public var plover: String
    /// The PLOVER mode, where one fits (`withdraw`).
    public var ploverMode: String?
    /// The PLOVER context, where one fits (`diplomatic`).
    public var ploverContext: String?
    /// The Goldstein value of `cameo` in the GDELT lookup table (−10 … +10).
    public var goldstein: Double
    /// Why this code and not a neighbour: one sentence.
    public var reasoning: String

    /// The quad class implied by the CAMEO root.
    public var quad: QuadClass { QuadClass(cameo: cameo)! }
}

extension EventType {
    /// The CAMEO, PLOVER and Goldstein codes of this event type; `docs/eventdata.md` gives the same table.
    public var codes: EventCodes {
        switch self {
        case .establish:
            EventCodes(
                cameo: "050", cameoName: "Engage in diplomatic cooperation", plover: "SUPPORT", ploverMode: nil,
                ploverContext: "diplomatic", goldstein: 3.5,
                reasoning: "Opening an office, mission, forum or channel is diplomatic rather than material cooperation; "
                    + "the PLOVER crosswalk maps 050 to SUPPORT.")
        case .close:
            EventCodes(
                cameo: "161", cameoName: "Reduce or break diplomatic relations", plover: "SANCTION", ploverMode: "withdraw",
                ploverContext: "diplomatic", goldstein: -4.0,
                reasoning: "Closing a body or channel for good cuts a diplomatic tie; 161 is the CAMEO code for that and "
                    + "PLOVER codes it SANCTION with mode withdraw.")
        case .replace:
            EventCodes(
                cameo: "050", cameoName: "Engage in diplomatic cooperation", plover: "SUPPORT", ploverMode: nil,
                ploverContext: "diplomatic", goldstein: 3.5,
                reasoning: "A successor body is set up jointly as the old one ends (PJC → NRC); it weighs as establishing "
                    + "the successor, and the agreement behind it is coded separately as sign.")
        case .join:
            EventCodes(
                cameo: "060", cameoName: "Engage in material cooperation", plover: "COOPERATE", ploverMode: nil,
                ploverContext: nil, goldstein: 6.0,
                reasoning: "Joining a programme or forum commits the member to practical cooperation; 060 is the "
                    + "unspecified material-cooperation code, as the programme may be military, civil or both.")
        case .leave:
            EventCodes(
                cameo: "160", cameoName: "Reduce relations", plover: "SANCTION", ploverMode: "withdraw",
                ploverContext: nil, goldstein: -4.0,
                reasoning: "Withdrawing from a treaty or programme reduces relations without breaking them off; PLOVER's "
                    + "mode withdraw names exactly that.")
        case .apply:
            EventCodes(
                cameo: "022", cameoName: "Appeal for diplomatic cooperation", plover: "REQUEST", ploverMode: "assist",
                ploverContext: "diplomatic", goldstein: 3.2,
                reasoning: "An application for membership asks the other side for a diplomatic act; CAMEO codes asks as "
                    + "appeals (02) and PLOVER folds appeals into REQUEST.")
        case .sign:
            EventCodes(
                cameo: "057", cameoName: "Sign formal agreement", plover: "SUPPORT", ploverMode: nil,
                ploverContext: "diplomatic", goldstein: 8.0,
                reasoning: "The CAMEO code is literal; the PLOVER crosswalk maps 057 to SUPPORT, not AGREE, because "
                    + "PLOVER's AGREE is a statement of intent.")
        case .agree:
            EventCodes(
                cameo: "030", cameoName: "Express intent to cooperate", plover: "AGREE", ploverMode: nil,
                ploverContext: "diplomatic", goldstein: 4.0,
                reasoning: "Agreeing or deciding to do something jointly is a commitment not yet carried out, which is "
                    + "CAMEO's intent-to-cooperate family (03) and PLOVER's AGREE.")
        case .suspend:
            EventCodes(
                cameo: "160", cameoName: "Reduce relations", plover: "SANCTION", ploverMode: "discontinue",
                ploverContext: nil, goldstein: -4.0,
                reasoning: "Freezing cooperation or meetings reduces relations while keeping the door open; mode "
                    + "discontinue tells it apart from leave, which shares the CAMEO code.")
        case .resume:
            EventCodes(
                cameo: "081", cameoName: "Ease administrative sanctions", plover: "CONCEDE", ploverMode: nil,
                ploverContext: nil, goldstein: 5.0,
                reasoning: "Resuming what was suspended lifts a diplomatic sanction; CAMEO has no restore-relations code, "
                    + "and easing sanctions (081, CONCEDE) is the nearest undo of 160.")
        case .deploy:
            EventCodes(
                cameo: "074", cameoName: "Provide military protection or peacekeeping", plover: "AID", ploverMode: nil,
                ploverContext: "peacekeeping", goldstein: 8.5,
                reasoning: "Dyad's deploy is a deployment to an operation (IFOR, KFOR); a hostile deployment against the "
                    + "other side is coded intervene instead.")
        case .intervene:
            EventCodes(
                cameo: "190", cameoName: "Use conventional military force", plover: "ASSAULT", ploverMode: nil,
                ploverContext: "military", goldstein: -10.0,
                reasoning: "Intervention, invasion, war and attack are uses of conventional force; 190 is the unspecified "
                    + "code since the history rarely says which weapons.")
        case .annex:
            EventCodes(
                cameo: "192", cameoName: "Occupy territory", plover: "COERCE", ploverMode: "seize",
                ploverContext: "military", goldstein: -9.5,
                reasoning: "CAMEO has no annexation code; occupying territory is the act annexation formalises, and the "
                    + "crosswalk maps 192 to COERCE with mode seize.")
        case .recognise:
            EventCodes(
                cameo: "054", cameoName: "Grant diplomatic recognition", plover: "SUPPORT", ploverMode: nil,
                ploverContext: "diplomatic", goldstein: 6.0,
                reasoning: "The code is literal; the value is towards the recognised entity, which is the event's object, "
                    + "not towards a third state that objects.")
        case .expel:
            EventCodes(
                cameo: "166", cameoName: "Expel or withdraw", plover: "SANCTION", ploverMode: "expel",
                ploverContext: "diplomatic", goldstein: -7.0,
                reasoning: "Expelling diplomats or withdrawing their accreditation is CAMEO's expel family; PLOVER has a "
                    + "mode of the same name.")
        case .condemn:
            EventCodes(
                cameo: "111", cameoName: "Criticize or denounce", plover: "ACCUSE", ploverMode: "disapprove",
                ploverContext: nil, goldstein: -2.0,
                reasoning: "Condemning, denouncing and refusing to recognise are verbal disapproval, not accusation of a "
                    + "crime (112) nor rejection of a proposal (12).")
        case .meet:
            EventCodes(
                cameo: "040", cameoName: "Consult", plover: "CONSULT", ploverMode: nil, ploverContext: nil,
                goldstein: 1.0,
                reasoning: "A meeting or session of a body is a consultation; where and who hosts (042–044) is seldom "
                    + "recorded, so the unspecified code is the honest one.")
        }
    }
}
