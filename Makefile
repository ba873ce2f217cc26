# Builds and installs the `replykit` command with the Swift runtime linked in statically: the
# installed binary needs only the system ICU (libicu) and the C/C++ libraries at run time. It is
# installed without its debug information (strip --strip-debug, when binutils' strip is there),
# keeping its symbols, so a crash's backtrace still names the functions.
#
#   make                                   build the release binary (make help: every target)
#   sudo make install                      install into /usr/local
#   make install PREFIX=$HOME/.local       install for one user, no sudo
#   make install DESTDIR=/tmp/pkg          stage for a package (files land in /tmp/pkg$(PREFIX))
#   sudo make uninstall                    remove what install put there

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

# --no-export-dynamic: the Swift toolchain's static-stdlib link exports every symbol of our own
# modules (23,000) to the dynamic table. Nothing looks them up, but each start scans that table
# once (the runtime's backtracer set-up asks dladdr where the binary is), so a render starts about
# 7% faster without it. Crash backtraces read the symbol table, which stays.
BUILD_FLAGS := -c release --static-swift-stdlib --product replykit -Xlinker --no-export-dynamic
BINDIR := $(DESTDIR)$(PREFIX)/bin
SHAREDIR := $(DESTDIR)$(PREFIX)/share
BASH_COMPLETION := $(SHAREDIR)/bash-completion/completions/replykit
ZSH_COMPLETION := $(SHAREDIR)/zsh/site-functions/_replykit
FISH_COMPLETION := $(SHAREDIR)/fish/vendor_completions.d/replykit.fish

.PHONY: build install uninstall check-linkage help

build:
	$(SWIFT) build $(BUILD_FLAGS)
	@echo "built $$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/replykit; 'make install' installs it (make help)"

# Fails when the binary needs a Swift runtime library (libswift*.so) at run time.
check-linkage: build
	@bin="$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/replykit"; \
	if ldd "$$bin" | grep -q 'libswift'; then \
		echo "$$bin links the Swift runtime dynamically:" >&2; ldd "$$bin" | grep libswift >&2; exit 1; \
	fi; \
	echo "$$bin needs only:"; ldd "$$bin" | sed 's/ (0x[0-9a-f]*)//'

install: build
	@bin="$$($(SWIFT) build $(BUILD_FLAGS) --show-bin-path)/replykit"; \
	set -e; \
	install -d "$(BINDIR)" "$(dir $(BASH_COMPLETION))" "$(dir $(ZSH_COMPLETION))" "$(dir $(FISH_COMPLETION))"; \
	install -m 755 "$$bin" "$(BINDIR)/replykit"; \
	! command -v strip >/dev/null || strip --strip-debug "$(BINDIR)/replykit"; \
	"$$bin" --generate-completion-script bash > "$(BASH_COMPLETION)"; \
	"$$bin" --generate-completion-script zsh > "$(ZSH_COMPLETION)"; \
	"$$bin" --generate-completion-script fish > "$(FISH_COMPLETION)"; \
	chmod 644 "$(BASH_COMPLETION)" "$(ZSH_COMPLETION)" "$(FISH_COMPLETION)"; \
	echo "installed $(BINDIR)/replykit and completions for bash, zsh and fish under $(SHAREDIR)"; \
	case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) [ -n "$(DESTDIR)" ] || echo "add $(PREFIX)/bin to PATH to run replykit";; esac

uninstall:
	rm -f "$(BINDIR)/replykit" "$(BASH_COMPLETION)" "$(ZSH_COMPLETION)" "$(FISH_COMPLETION)"

help:
	@echo "make                     build the release binary, Swift runtime linked statically"
	@echo "make install             install bin/replykit and bash, zsh, fish completions under PREFIX (now $(PREFIX))"
	@echo "make uninstall           remove them"
	@echo "make check-linkage       check that the binary needs no Swift runtime library at run time"
	@echo "variables: PREFIX (default /usr/local), DESTDIR (staging root for packages), SWIFT (the swift command)"
