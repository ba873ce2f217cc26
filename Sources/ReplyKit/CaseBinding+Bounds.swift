import CatalogFiles
import Intl
import MessageFormat

extension CaseBinding {
    /// The problem when a value bound to `input` lies outside the input's declared bounds
    /// (`refund.days: expected integer 1..., found the number -3`); nil when it lies within them,
    /// or the input declares none. A money value is compared by its amount. The comparison is
    /// exact, on the number's decimal text.
    static func boundsProblem(_ argument: MessageArgument, for input: InputDeclaration) -> CaseDataProblem? {
        guard let bounds = input.bounds else { return nil }
        let number: String
        switch argument {
        case .number(let value): number = value.exactText
        case .money(let amount, _): number = amount.exactText
        default: return nil
        }
        guard bounds.admits(number) != true else { return nil }
        let found =
            if case .money(_, let currency) = argument { "the amount \(number) \(currency)" } else { "the number \(number)" }
        return CaseDataProblem(path: input.path, expected: input.declaredType, found: found)
    }
}

extension NumericValue {
    /// The number as decimal text: exact for integers and decimals; a double as its shortest
    /// round-tripping spelling (`100.5`, `1e-05`, `inf`).
    fileprivate var exactText: String {
        switch self {
        case .integer(let value): String(value)
        case .decimal(let text): text
        case .double(let value): value.description
        }
    }
}
