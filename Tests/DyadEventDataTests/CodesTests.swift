import DyadCore
import Foundation
import Testing

@testable import DyadEventData

@Suite("Dyad event types carry CAMEO, PLOVER and Goldstein codes")
struct CodesTests {
    @Test("every type's CAMEO code is in GDELT's code table with the stated Goldstein value", arguments: EventType.allCases)
    func cameoAndGoldstein(type: EventType) throws {
        let goldstein = try SharedData.gdeltGoldstein()
        let codes = type.codes
        #expect(goldstein[codes.cameo] == codes.goldstein, "\(type): \(codes.cameo)")
        let names = try SharedData.lines("CAMEO.eventcodes.txt").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        #expect(names.contains(codes.cameo))
    }

    @Test("the PLOVER type agrees with the CAMEO2PLOVER crosswalk wherever it lists the code", arguments: EventType.allCases)
    func ploverMatchesCrosswalk(type: EventType) throws {
        let codes = type.codes
        #expect(PloverTypes.quad[codes.plover] != nil, "\(codes.plover) is a PLOVER type")
        for line in try SharedData.lines("CAMEO2PLOVER-2021.txt") where line.hasPrefix(codes.cameo + ":") {
            let plover = line.dropFirst(codes.cameo.count + 1).split(separator: ",").first!.trimmingCharacters(in: .whitespaces)
            #expect(plover == codes.plover, "\(type): crosswalk says \(plover)")
        }
    }

    @Test("quad class follows the CAMEO root")
    func quadFromRoot() {
        #expect(QuadClass(cameo: "036") == .verbalCooperation)
        #expect(QuadClass(cameo: "0874") == .materialCooperation)
        #expect(QuadClass(cameo: "111") == .verbalConflict)
        #expect(QuadClass(cameo: "190") == .materialConflict)
        #expect(QuadClass(cameo: "21") == nil)
        #expect(QuadClass(cameo: "x1") == nil)
    }
}
