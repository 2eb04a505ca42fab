# Sourced by bench/mailbox/run.sh and bench/webmail.sh (ROOT set): the H2 and PostgreSQL JDBC
# jars of the root pom's versions, as H2_JAR and PG_JAR.
M2="${M2_REPO:-$HOME/.m2/repository}"

pom_version() {
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$ROOT/pom.xml" | head -n 1
}
H2_JAR="$M2/com/h2database/h2/$(pom_version h2.version)/h2-$(pom_version h2.version).jar"
PG_JAR="$M2/org/postgresql/postgresql/$(pom_version postgresql.version)/postgresql-$(pom_version postgresql.version).jar"
for jar in "$H2_JAR" "$PG_JAR"; do
  [ -f "$jar" ] || { echo "missing $jar (run a build of Jadepost once)" >&2; exit 1; }
done
