#!/bin/sh
# Re-runs the real tools that produced the parser fixtures in this folder.
#   ./regenerate.sh              every parser
#   ./regenerate.sh pytest mypy  only those
# Needs Debian's python3-pytest, python3-pytest-cov, python3-coverage, mypy, flake8, bandit,
# pylint, shellcheck, plus a JDK and the Maven wrapper for the Surefire and JaCoCo fixtures;
# for the others: Debian's maven (mvn 3.8.7), gradle and golang-go, node 20 with npm (jest,
# eslint and typescript are installed into a temporary folder), cargo with clippy.
# Outputs are stored exactly as printed (ANSI codes included where a fixture asks for them), so
# absolute paths of the machine that ran them appear inside; the parsers never rely on them.
# Fixtures marked "from documentation" in a folder's README are not produced here.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../../../.." && pwd)
PY=/usr/bin/python3   # Debian's interpreter, the one with the pytest plugins
export PYTHONDONTWRITEBYTECODE=1 COLUMNS=80 LC_ALL=C.UTF-8
unset NO_COLOR FORCE_COLOR PY_COLORS MYPY_FORCE_COLOR

# Runs a command in a directory and stores its stdout (and stderr with 2>&1 in the command).
capture() { dir=$1 out=$2; shift 2; (cd "$dir" && "$@") >"$out" 2>&1 || true; }

pytest_fixtures() {
  d=$HERE/pytest i=$d/input
  P="$PY -m pytest -p no:cacheprovider"
  capture "$i/suite" "$d/default.txt" $P -k "not deselected"
  capture "$i/suite" "$d/quiet.txt" $P -q -k "not deselected"
  capture "$i/suite" "$d/verbose.txt" $P -v -k "not deselected"
  capture "$i/suite" "$d/report-all.txt" $P -q -rA
  capture "$i/suite" "$d/color.txt" $P --color=yes -k "not deselected"
  capture "$i/passing" "$d/passing.txt" $P
  capture "$i/passing" "$d/passing-quiet.txt" $P -q
  capture "$i/empty" "$d/no-tests.txt" $P -q
  capture "$i/broken" "$d/collection-error.txt" $P
  capture "$i/broken" "$d/collection-error-quiet.txt" $P -q
  if [ "${SKIP_SLOW:-}" != 1 ]; then capture "$i/slow" "$d/over-a-minute.txt" $P -q; fi
}

coverage_fixtures() {
  d=$HERE/coverage i=$d/input
  export COVERAGE_FILE=/tmp/preflight-fixtures.coverage
  C="$PY -m coverage"
  capture "$i" /dev/null $C run --source=calc -m pytest -q -p no:cacheprovider tests
  capture "$i" "$d/term.txt" $C report
  capture "$i" "$d/term-missing.txt" $C report -m
  capture "$i" "$d/term-precision.txt" $C report --precision=2
  capture "$i" "$d/coverage.json" $C json -o -
  capture "$i" "$d/cobertura.xml" $C xml -o -
  capture "$i" /dev/null $C run --branch --source=calc -m pytest -q -p no:cacheprovider tests
  capture "$i" "$d/branch.txt" $C report
  capture "$i" "$d/branch-precision.txt" $C report --precision=3
  capture "$i" "$d/branch-skip-covered.txt" $C report --skip-covered
  capture "$i" "$d/coverage-branch.json" $C json -o -
  capture "$i" "$d/cobertura-branch.xml" $C xml -o -
  capture "$i" "$d/pytest-cov.txt" $PY -m pytest -q -p no:cacheprovider --cov=calc --cov-report=term-missing tests
  capture "$i" "$d/pytest-cov-fail-under.txt" $PY -m pytest -q -p no:cacheprovider --cov=calc --cov-branch --cov-fail-under=90 tests
  # only the name of the report file on stdout: the parser follows it to coverage.xml/.json
  capture "$i" "$d/pytest-cov-xml.txt" $PY -m pytest -q -p no:cacheprovider --cov=calc --cov-report=xml tests
  capture "$i" "$d/coverage-xml-stdout.txt" $C xml
  capture "$i" "$d/coverage-json-stdout.txt" $C json
  rm -f "$i/coverage.xml" "$i/coverage.json"
  rm -f "$COVERAGE_FILE"
  unset COVERAGE_FILE

  # JaCoCo: run a tiny program under the agent, then write the XML and CSV reports.
  v=0.8.12 m=$HOME/.m2/repository/org/jacoco t=$(mktemp -d)
  "$ROOT/mvnw" -q -B dependency:get -Dartifact=org.jacoco:org.jacoco.agent:$v:jar:runtime
  "$ROOT/mvnw" -q -B dependency:get -Dartifact=org.jacoco:org.jacoco.cli:$v:jar:nodeps
  javac -d "$t/classes" "$i"/java/src/demo/*.java
  java -javaagent:"$m/org.jacoco.agent/$v/org.jacoco.agent-$v-runtime.jar=destfile=$t/jacoco.exec" \
    -cp "$t/classes" demo.Main >/dev/null
  java -jar "$m/org.jacoco.cli/$v/org.jacoco.cli-$v-nodeps.jar" report "$t/jacoco.exec" \
    --classfiles "$t/classes" --sourcefiles "$i/java/src" --name demo \
    --xml "$d/jacoco.xml" --csv "$d/jacoco.csv" >/dev/null
  rm -rf "$t"
}

junit_fixtures() {
  d=$HERE/junit t=$(mktemp -d)
  capture "$HERE/pytest/input/suite" /dev/null $PY -m pytest -p no:cacheprovider -q \
    -k "not deselected" --junitxml="$d/pytest.xml"
  capture "$HERE/mypy/input" /dev/null mypy --cache-dir=/dev/null --junit-xml "$d/mypy.xml" errors
  capture "$HERE/mypy/input" /dev/null mypy --cache-dir=/dev/null --junit-xml "$d/mypy-clean.xml" clean
  # Surefire: build a copy so target/ never lands in the source tree; the console log (with
  # Maven's colours forced on) doubles as a regex-parser fixture.
  cp -r "$d/input/surefire" "$t/p"
  (cd "$t/p" && "$ROOT/mvnw" -o -B -Dstyle.color=always test -Dmaven.test.failure.ignore=true) \
    >"$HERE/regex/maven-color.txt" 2>&1
  for f in MixedTest GreenTest; do
    # The <properties> block is the JVM's system properties: machine details, no test data.
    sed '/<properties>/,/<\/properties>/d' "$t/p/target/surefire-reports/TEST-demo.$f.xml" \
      >"$d/surefire-$f.xml"
  done
  rm -rf "$t"
}

mypy_fixtures() {
  d=$HERE/mypy i=$d/input M="mypy --cache-dir=/dev/null"
  capture "$i" "$d/errors.txt" $M errors
  capture "$i" "$d/one-error.txt" $M errors/b.py
  capture "$i" "$d/clean.txt" $M clean
  capture "$i" "$d/syntax-error.txt" $M syntax
  capture "$i" "$d/pretty.txt" $M --pretty errors
  MYPY_FORCE_COLOR=1 capture "$i" "$d/color.txt" $M --color-output errors
}

flake8_fixtures() {
  d=$HERE/flake8 i=$d/input
  capture "$i" "$d/default.txt" flake8 findings.py clean.py
  capture "$i" "$d/exit-zero.txt" flake8 --exit-zero findings.py
  capture "$i" "$d/count.txt" flake8 --count findings.py
  capture "$i" "$d/statistics.txt" flake8 --statistics --count findings.py
  capture "$i" "$d/pylint-format.txt" flake8 --format=pylint findings.py
  capture "$i" "$d/clean.txt" flake8 clean.py
}

pylint_fixtures() {
  d=$HERE/pylint i=$d/input
  export PYLINTHOME=$(mktemp -d)   # no "previous run" unless a fixture asks for it
  capture "$i" "$d/text.txt" pylint pkg
  capture "$i" "$d/text-previous-run.txt" pylint pkg
  capture "$i" "$d/parseable.txt" pylint --persistent=n --output-format=parseable pkg
  capture "$i" "$d/colorized.txt" pylint --persistent=n --output-format=colorized pkg
  capture "$i" "$d/no-score.txt" pylint --persistent=n --score=n pkg
  capture "$i" "$d/clean.txt" pylint --persistent=n clean
  capture "$i" "$d/pylint.json" pylint --persistent=n --output-format=json pkg
  capture "$i" "$d/clean.json" pylint --persistent=n --output-format=json clean
  rm -rf "$PYLINTHOME"; unset PYLINTHOME
}

bandit_fixtures() {
  d=$HERE/bandit i=$d/input
  # stderr holds bandit's [main] INFO log lines; keep stdout only, as a checklist item would.
  (cd "$i" && bandit -r risky -f txt) >"$d/text.txt" 2>/dev/null
  (cd "$i" && bandit -r risky) >"$d/screen.txt" 2>/dev/null
  (cd "$i" && bandit -r risky -lll -f txt) >"$d/text-high-only.txt" 2>/dev/null
  (cd "$i" && bandit -r clean -f txt) >"$d/clean.txt" 2>/dev/null
  (cd "$i" && bandit -r risky -f json) >"$d/bandit.json" 2>/dev/null
  (cd "$i" && bandit -r risky -lll -f json) >"$d/high-only.json" 2>/dev/null
  (cd "$i" && bandit -r clean -f json) >"$d/clean.json" 2>/dev/null
}

shellcheck_fixtures() {
  d=$HERE/shellcheck i=$d/input
  capture "$i" "$d/tty.txt" shellcheck findings.sh
  capture "$i" "$d/tty-color.txt" shellcheck --color=always findings.sh
  capture "$i" "$d/gcc.txt" shellcheck -f gcc findings.sh
  capture "$i" "$d/shellcheck.json" shellcheck -f json findings.sh
  capture "$i" "$d/json1.json" shellcheck -f json1 findings.sh
  capture "$i" "$d/clean-tty.txt" shellcheck clean.sh
  capture "$i" "$d/clean.json" shellcheck -f json clean.sh
  capture "$i" "$d/clean-json1.json" shellcheck -f json1 clean.sh
}

regex_fixtures() {
  # maven-color.txt comes from junit_fixtures (the Surefire build's console log).
  $PY -m timeit -n 1000 "sum(range(100))" >"$HERE/regex/timeit.txt" 2>/dev/null
}

maven_fixtures() {
  # A copy of the fixture build for each run, so target/ never lands in the source tree.
  # -ntp keeps the download log of a first run out of the fixtures. Debian's Maven 3.8.7 (mvn)
  # colours its log even on a pipe unless run with -B; the wrapper's 3.9.11 does not.
  d=$HERE/maven cs=$HERE/checkstyle sb=$HERE/spotbugs j=$HERE/junit M="$ROOT/mvnw -ntp"
  fresh() { rm -rf "$t/p" && cp -r "$d/input" "$t/p"; }
  t=$(mktemp -d)
  fresh; capture "$t/p" "$d/green.txt" $M -B verify -pl web
  fresh; capture "$t/p" "$d/failure.txt" $M -B verify
  fresh; capture "$t/p" "$d/failure-ignore.txt" $M -B verify -Dmaven.test.failure.ignore=true
  fresh; capture "$t/p" "$d/no-batch.txt" $M verify -Dmaven.test.failure.ignore=true
  fresh; capture "$t/p" "$d/color.txt" mvn -ntp verify -Dmaven.test.failure.ignore=true
  fresh; capture "$t/p" "$d/quiet.txt" $M -B -q verify -pl web
  fresh; capture "$t/p" "$d/reruns.txt" $M -B verify -Dsurefire.rerunFailingTestsCount=2 -Dmaven.test.failure.ignore=true
  for f in FlakyTest MixedTest; do
    sed '/<properties>/,/<\/properties>/d' "$t/p/core/target/surefire-reports/TEST-demo.$f.xml" >"$j/surefire-rerun-$f.xml"
  done
  capture "$d/input/broken" "$d/compile-error.txt" sh -c "cp -r . $t/b && cd $t/b && $M -B package"
  # Checkstyle: google_checks.xml rates every finding a warning, which check does not count.
  fresh; capture "$t/p/core" "$cs/maven-google.txt" $M -B checkstyle:check -Dcheckstyle.config.location=google_checks.xml
  cp "$t/p/core/target/checkstyle-result.xml" "$cs/google.xml"
  fresh; capture "$t/p/core" "$cs/maven-sun.txt" $M -B checkstyle:check
  cp "$t/p/core/target/checkstyle-result.xml" "$cs/sun.xml"
  fresh; capture "$t/p/core" "$cs/maven-clean.txt" $M -B checkstyle:check -Dcheckstyle.config.location="$cs/input/lenient.xml"
  cp "$t/p/core/target/checkstyle-result.xml" "$cs/clean.xml"
  # SpotBugs: the same classes at the default threshold (high, medium) and at Low
  fresh; capture "$t/p/core" /dev/null $M -B compile spotbugs:spotbugs
  cp "$t/p/core/target/spotbugsXml.xml" "$sb/spotbugsXml.xml"
  capture "$t/p/core" /dev/null $M -B compile spotbugs:spotbugs -Dspotbugs.threshold=Low
  cp "$t/p/core/target/spotbugsXml.xml" "$sb/low.xml"
  capture "$t/p/core" "$sb/maven-check.txt" $M -B spotbugs:check -Dspotbugs.threshold=Low
  capture "$t/p/web" /dev/null $M -B compile spotbugs:spotbugs
  cp "$t/p/web/target/spotbugsXml.xml" "$sb/clean.xml"
  rm -rf "$t"
}

# npm tools for the jest, eslint and tsc fixtures, installed once per run outside the tree
npm_tools() {
  if [ -z "${NPM_TOOLS:-}" ]; then
    NPM_TOOLS=$(mktemp -d)
    (cd "$NPM_TOOLS" && npm install -q --no-save --no-audit --no-fund \
      jest@30.5.2 jest-junit@17.0.0 eslint@10.15.0 typescript@5.9.3 >/dev/null)
    mkdir "$NPM_TOOLS/tsc7"
    (cd "$NPM_TOOLS/tsc7" && npm install -q --no-save --no-audit --no-fund typescript@7.0.2 >/dev/null)
  fi
}

# Runs a command and stores its stdout and stderr in two files.
capture2() { dir=$1 out=$2 err=$3; shift 3; (cd "$dir" && "$@") >"$out" 2>"$err" || true; }

jest_fixtures() {
  npm_tools; d=$HERE/jest i=$d/input J="$NPM_TOOLS/node_modules/.bin/jest"
  # jest writes its report and summary to stderr, and only --json to stdout
  capture2 "$i/suite" /dev/null "$d/stderr.txt" $J
  capture2 "$i/suite" /dev/null "$d/verbose-stderr.txt" $J --verbose
  capture2 "$i/suite" /dev/null "$d/color-stderr.txt" $J --colors
  capture2 "$i/suite" "$d/jest.json" /dev/null $J --json
  capture2 "$i/green" /dev/null "$d/green-stderr.txt" $J
  capture2 "$i/green" "$d/green.json" /dev/null $J --json
  capture2 "$i/broken" /dev/null "$d/broken-stderr.txt" $J
  capture2 "$i/broken" "$d/broken.json" /dev/null $J --json
  # jest-junit: the JUnit XML the junit parser reads (todo tests come out as passes)
  JEST_JUNIT_OUTPUT_DIR=$HERE/junit JEST_JUNIT_OUTPUT_NAME=jest-junit.xml \
    capture2 "$i/suite" /dev/null /dev/null $J --reporters=default --reporters="$NPM_TOOLS/node_modules/jest-junit"
  rm -rf "$i"/*/coverage
  capture2 "$i/suite" /dev/null /dev/null $J --coverage --coverageReporters=json-summary --coverageDirectory="$HERE/coverage/istanbul"
}

node_test_fixtures() {
  d=$HERE/node-test i=$d/input
  # node 20 picks spec on a terminal and tap on a pipe; the fixtures name the reporter
  capture "$i" "$d/default.txt" node --test suite
  capture "$i" "$d/spec.txt" node --test --test-reporter=spec suite
  capture "$i" "$d/tap.txt" node --test --test-reporter=tap suite
  capture "$i" "$d/dot.txt" node --test --test-reporter=dot suite
  capture "$i" "$d/junit.xml" node --test --test-reporter=junit suite
  capture "$i" "$d/green-spec.txt" node --test --test-reporter=spec green
  capture "$i" "$d/green-tap.txt" node --test green
}

eslint_fixtures() {
  npm_tools; d=$HERE/eslint i=$d/input E="$NPM_TOOLS/node_modules/.bin/eslint"
  capture "$i" "$d/stylish.txt" $E src
  capture "$i" "$d/color.txt" $E --color src
  capture2 "$i" "$d/eslint.json" /dev/null $E -f json src
  capture2 "$i" "$d/metadata.json" /dev/null $E -f json-with-metadata src
  capture "$i" "$d/warnings-only.txt" $E --rule 'no-unused-vars: off' --rule 'no-undef: off' --rule 'prefer-const: off' src
  capture "$i" "$d/clean.txt" $E clean
  capture2 "$i" "$d/clean.json" /dev/null $E -f json clean
  capture "$i" "$d/config-error.txt" $E --rule 'no-such-rule: error' src
}

tsc_fixtures() {
  npm_tools; d=$HERE/tsc i=$d/input
  T5="$NPM_TOOLS/node_modules/.bin/tsc" T7="$NPM_TOOLS/tsc7/node_modules/.bin/tsc"
  capture "$i/errors" "$d/tsc5.txt" $T5 --noEmit
  capture "$i/errors" "$d/tsc5-pretty.txt" $T5 --noEmit --pretty
  capture "$i/errors" "$d/tsc5-emit.txt" $T5 --outDir "$(mktemp -d)"
  capture "$i/clean" "$d/tsc5-clean.txt" $T5 --noEmit
  capture "$i/errors" "$d/tsc7.txt" $T7 --noEmit
  capture "$i/errors" "$d/tsc7-pretty.txt" $T7 --noEmit --pretty
  capture "$i/clean" "$d/tsc7-clean.txt" $T7 --noEmit
  capture "$i/one" "$d/tsc5-one-pretty.txt" $T5 --noEmit --pretty
  capture "$i/same" "$d/tsc5-same-pretty.txt" $T5 --noEmit --pretty
  capture "$i/same" "$d/tsc7-same-pretty.txt" $T7 --noEmit --pretty
  capture "$i/errors" "$d/tsc5-bad-option.txt" $T5 --noEmit --noSuchOption
}

go_test_fixtures() {
  d=$HERE/go-test i=$d/input c=$HERE/coverage
  export GOFLAGS=-count=1   # never "(cached)": every fixture is a real run
  # go test prints results on stdout and compiler errors on stderr: kept apart
  capture2 "$i" "$d/text.txt" "$d/text-stderr.txt" go test ./...
  capture2 "$i" "$d/verbose.txt" /dev/null go test -v ./...
  capture2 "$i" "$d/test.json" "$d/json-stderr.txt" go test -json ./...
  capture2 "$i" "$d/green.txt" /dev/null go test ./text
  capture2 "$i" "$d/green-verbose.txt" /dev/null go test -v ./text
  capture2 "$i" "$d/green.json" /dev/null go test -json ./text
  capture2 "$i" "$d/cover.txt" /dev/null go test -cover ./calc ./text
  # cover profiles: one package, then two
  capture2 "$i" /dev/null /dev/null go test -coverprofile="$c/go-calc.out" ./calc
  capture2 "$i" /dev/null /dev/null go test -coverprofile="$c/go-cover.out" ./calc ./text
  capture2 "$i" "$c/go-cover-func.txt" /dev/null go tool cover -func="$c/go-cover.out"
  unset GOFLAGS
}

go_vet_fixtures() {
  d=$HERE/go-vet i=$d/input
  # go vet reports on stderr, -json included
  capture2 "$i" /dev/null "$d/text.txt" go vet ./shop ./clean
  capture2 "$i" /dev/null "$d/vet.json" go vet -json ./shop ./clean
  capture2 "$i" /dev/null "$d/broken.txt" go vet ./broken
  capture2 "$i" /dev/null "$d/broken-json.txt" go vet -json ./broken
  capture2 "$i" /dev/null "$d/clean.txt" go vet ./clean
  capture2 "$i" /dev/null "$d/clean.json" go vet -json ./clean
  capture2 "$i" /dev/null "$d/no-package.txt" go vet ./missing
}

cargo_test_fixtures() {
  d=$HERE/cargo-test i=$d/input t=$(mktemp -d)
  export CARGO_TARGET_DIR=$t CARGO_TERM_COLOR=never
  unset RUST_BACKTRACE
  # results go to stdout, cargo's progress and errors to stderr: kept apart, and together
  capture2 "$i/shop" "$d/stops.txt" "$d/stops-stderr.txt" cargo test
  capture2 "$i/shop" "$d/no-fail-fast.txt" "$d/no-fail-fast-stderr.txt" cargo test --no-fail-fast
  capture "$i/shop" "$d/no-fail-fast-output.txt" cargo test --no-fail-fast
  capture2 "$i/shop" "$d/quiet.txt" /dev/null cargo test --no-fail-fast -q
  capture "$i/green" "$d/green-output.txt" cargo test
  capture "$i/broken" "$d/broken-output.txt" cargo test
  CARGO_TERM_COLOR=always capture "$i/shop" "$d/color-output.txt" cargo test --no-fail-fast
  rm -rf "$t"; unset CARGO_TARGET_DIR CARGO_TERM_COLOR
}

clippy_fixtures() {
  d=$HERE/clippy i=$d/input t=$(mktemp -d)
  export CARGO_TARGET_DIR=$t CARGO_TERM_COLOR=never
  # clippy reports on stderr; --message-format=json puts the messages on stdout instead
  capture2 "$i/lints" /dev/null "$d/text.txt" cargo clippy
  touch "$i/lints/src/lib.rs"
  capture2 "$i/lints" /dev/null "$d/short.txt" cargo clippy --message-format=short
  touch "$i/lints/src/lib.rs"
  capture2 "$i/lints" "$d/clippy.json" /dev/null cargo clippy --message-format=json
  touch "$i/lints/src/lib.rs"
  capture2 "$i/lints" /dev/null "$d/deny-warnings.txt" cargo clippy -- -D warnings
  capture2 "$i/clean" /dev/null "$d/clean.txt" cargo clippy
  capture2 "$i/clean" "$d/clean.json" /dev/null cargo clippy --message-format=json
  CARGO_TERM_COLOR=always capture2 "$i/lints" /dev/null "$d/color.txt" sh -c 'touch src/lib.rs && cargo clippy'
  rm -rf "$t"; unset CARGO_TARGET_DIR CARGO_TERM_COLOR
}

gradle_fixtures() {
  # Debian's Gradle is 4.4.1 (2017); it prints its test summary and BUILD FAILED on stderr.
  d=$HERE/gradle t=$(mktemp -d) G="gradle --no-daemon --console=plain"
  cp -r "$d/input" "$t/p"
  capture2 "$t/p" "$d/failure.txt" "$d/failure-stderr.txt" $G test
  capture2 "$t/p" "$d/ignore-failures.txt" "$d/ignore-failures-stderr.txt" $G cleanTest test -PignoreFailures
  capture "$t/p" "$d/green-output.txt" $G cleanTest test --tests '*.adds*'
  # a compile error: BUILD FAILED with no test summary
  sed -i 's/return a + b;/return a + missing;/' "$t/p/src/main/java/demo/Calc.java"
  capture "$t/p" "$d/compile-error-output.txt" $G test
  rm -rf "$t"
}

npm_audit_fixtures() {
  # The advisory service is not reachable here: this records npm's failure, with the registry's
  # address replaced (see npm-audit/README.md).
  d=$HERE/npm-audit t=$(mktemp -d)
  cp "$d/input/package.json" "$d/input/package-lock.json" "$t/"
  (cd "$t" && npm ci -q --no-audit --no-fund >/dev/null 2>&1)
  capture2 "$t" "$t/out" "$t/err" npm audit --json
  sed 's#https://[^/"]*/#https://REGISTRY/#g' "$t/out" >"$d/unreachable.json"
  sed 's#https://[^/ ]*/#https://REGISTRY/#g; s#/root/.npm/_logs/[^ ]*#~/.npm/_logs/…-debug-0.log#' \
    "$t/err" >"$d/unreachable-stderr.txt"
  rm -rf "$t"
}

for p in ${*:-pytest coverage junit mypy flake8 pylint bandit shellcheck regex maven gradle jest node-test eslint tsc go-test go-vet cargo-test clippy npm-audit}; do "$(echo "$p" | tr - _)_fixtures"; done
