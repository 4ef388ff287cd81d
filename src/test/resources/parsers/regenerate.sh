#!/bin/sh
# Re-runs the real tools that produced the parser fixtures in this folder.
#   ./regenerate.sh              every parser
#   ./regenerate.sh pytest mypy  only those
# Needs Debian's python3-pytest, python3-pytest-cov, python3-coverage, mypy, flake8, bandit,
# pylint, shellcheck, plus a JDK and the Maven wrapper for the Surefire and JaCoCo fixtures.
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

for p in ${*:-pytest coverage junit mypy flake8 pylint bandit shellcheck regex}; do "$(echo "$p" | tr - _)_fixtures"; done
