/// Every data-model error found by ``Message/validate()``, with its human-readable detail.
enum DataModelProblem {
    /// Why a declaration is a duplicate.
    enum DuplicateReason {
        case alreadyDeclared
        case usedInEarlierDeclaration
        case usedInOwnExpression
    }

    case variantKeyMismatch(keys: Int, selectors: Int)
    case missingFallbackVariant(selectors: Int)
    case undeclaredSelector(String)
    case unannotatedSelector(String)
    case duplicateDeclaration(String, DuplicateReason)
    case duplicateOptionName(String)
    case duplicateVariant(keys: String)

    var kind: MessageErrorKind {
        switch self {
        case .variantKeyMismatch: .variantKeyMismatch
        case .missingFallbackVariant: .missingFallbackVariant
        case .undeclaredSelector, .unannotatedSelector: .missingSelectorAnnotation
        case .duplicateDeclaration: .duplicateDeclaration
        case .duplicateOptionName: .duplicateOptionName
        case .duplicateVariant: .duplicateVariant
        }
    }

    var description: String {
        switch self {
        case .variantKeyMismatch(let keys, let selectors):
            return
                "this variant has \(Self.count(keys, "key")) but the matcher has \(Self.count(selectors, "selector")); a variant needs one key per selector"
        case .missingFallbackVariant(let selectors):
            let keys = Array(repeating: "*", count: max(selectors, 1)).joined(separator: " ")
            return "add a fallback variant '\(keys) {{…}}' whose keys are all '*'"
        case .undeclaredSelector(let name):
            return "the selector $\(name) is not declared; declare it with a function, as in '.input {$\(name) :string}'"
        case .unannotatedSelector(let name):
            return "the selector $\(name) must refer to a declaration with a function, as in '.input {$\(name) :string}'"
        case .duplicateDeclaration(let name, .alreadyDeclared):
            return "$\(name) is already declared by an earlier declaration"
        case .duplicateDeclaration(let name, .usedInEarlierDeclaration):
            return "$\(name) is used by an earlier declaration, so it cannot be declared here"
        case .duplicateDeclaration(let name, .usedInOwnExpression):
            return "$\(name) cannot be used in its own declaration"
        case .duplicateOptionName(let name):
            return "the option '\(name)' is given more than once"
        case .duplicateVariant(let keys):
            return "an earlier variant already has the keys '\(keys)'"
        }
    }

    /// The error for this problem at `range`.
    func error(at range: SourceRange) -> MessageError {
        MessageError(kind, description, at: range)
    }

    private static func count(_ n: Int, _ noun: String) -> String {
        n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
    }
}
