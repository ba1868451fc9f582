import Foundation
import XCTest

@testable import CICallback

/// Bodies written from generated `SampleNode` trees the way the service writes
/// them, and the comparisons the property tests make (`RoundTripPropertyTests`,
/// `ModerationTests`).
enum SampleBodies {
    /// XML as the service writes it: elements in the given order, optionally indented.
    static func xml(_ node: SampleNode, _ random: inout SampleRandom, indent: String?) -> String {
        let inner: String
        if let text = node.text {
            inner = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        } else {
            let deeper = indent.map { $0 + "    " }
            inner = node.children.map { (deeper ?? "") + xml($0, &random, indent: deeper) }.joined() + (indent ?? "")
        }
        return "<\(node.name)>\(inner)</\(node.name)>"
    }

    /// JSON as the service writes it: a node that comes once is a value or a
    /// one-element array, several are an array; numbers as numbers or strings.
    static func json(children: [SampleNode], _ random: inout SampleRandom) -> String {
        var order: [String] = []
        var groups: [String: [SampleNode]] = [:]
        for child in children {
            if groups[child.name] == nil { order.append(child.name) }
            groups[child.name, default: []].append(child)
        }
        let members = order.map { name -> String in
            let values = groups[name]!.map { json(value: $0, &random) }
            let value = values.count == 1 && random.chance(70) ? values[0] : "[\(values.joined(separator: ", "))]"
            return "\(quoted(name)): \(value)"
        }
        return "{" + members.joined(separator: ", ") + "}"
    }

    static func json(value node: SampleNode, _ random: inout SampleRandom) -> String {
        guard let text = node.text else { return json(children: node.children, &random) }
        return node.isNumber && random.chance(50) ? text : quoted(text)
    }

    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    /// Names to lists of values, leaves as numbers where they are numbers.
    static func normalized(_ node: SampleNode) -> [String: [AnyHashable]] {
        var result: [String: [AnyHashable]] = [:]
        for child in node.children {
            let value: AnyHashable
            if let text = child.text {
                // A literal: a number, or `true` / `false` (which JSONSerialization reads as 1 and 0).
                let number = Double(text) ?? (text == "true" ? 1 : 0)
                value = child.isNumber ? AnyHashable(number) : AnyHashable(text)
            } else {
                value = AnyHashable(normalized(child))
            }
            result[child.name, default: []].append(value)
        }
        return result
    }

    static func normalized(_ json: Any) -> [String: [AnyHashable]] {
        var result: [String: [AnyHashable]] = [:]
        for (key, value) in json as? [String: Any] ?? [:] {
            for item in (value as? [Any]) ?? [value] {
                switch item {
                case let object as [String: Any]: result[key, default: []].append(AnyHashable(normalized(object)))
                case let string as String: result[key, default: []].append(AnyHashable(string))
                case let number as NSNumber: result[key, default: []].append(AnyHashable(number.doubleValue))
                default: XCTFail("unexpected \(item)")
                }
            }
        }
        return result
    }

    static func collectUnknownNodes(_ value: Any, path: String, into leftovers: inout [String]) {
        // An optional model casts to `any NodeModel` too: counted once, as its `some`.
        if Mirror(reflecting: value).displayStyle != .optional, let model = value as? any NodeModel,
            !model.unknownNodes.isEmpty
        {
            leftovers.append(contentsOf: model.unknownNodes.map { "\(path).\($0.name)" })
        }
        for child in Mirror(reflecting: value).children {
            collectUnknownNodes(child.value, path: path + "." + (child.label ?? "[]"), into: &leftovers)
        }
    }
}
