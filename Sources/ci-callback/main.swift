import CICallback
import Foundation
let d = try! Data(contentsOf: URL(fileURLWithPath: CommandLine.arguments[1]))
do { print(String(decoding: try CallbackDecoder().canonicalJSON(d), as: UTF8.self)) } catch { print("error:", error) }
