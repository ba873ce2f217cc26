import Intl
import Testing

@Suite struct ICUVersionTests {
    /// Written as ICU writes versions: trailing zero parts after the minor one are left out.
    @Test(arguments: [
        (ICUVersion(major: 72, minor: 1), "72.1"),
        (ICUVersion(major: 74, minor: 2, milli: 1), "74.2.1"),
        (ICUVersion(major: 70, minor: 0), "70.0"),
        (ICUVersion(major: 73, minor: 2, milli: 0, micro: 4), "73.2.0.4"),
    ])
    func description(version: ICUVersion, text: String) {
        #expect(version.description == text)
    }

    /// The loaded library's version: Debian and Ubuntu ship ICU 67 to 76 (the CI image has 72.1).
    @Test func currentIsTheLoadedLibrary() {
        let version = ICUVersion.current
        #expect((60..<100).contains(version.major))
        #expect(version.description.hasPrefix("\(version.major).\(version.minor)"))
    }
}
