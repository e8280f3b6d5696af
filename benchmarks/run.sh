#!/usr/bin/env bash
# Measures hccbm's batch against the raw Jackson floor, as CPU-time ratios from one run on one
# machine (docs/performance.md, "How to measure"). Build first, without installing:
#   mvn -B -q -DskipTests package
# Then, from the repository root:
#   benchmarks/run.sh            # cohort ratios (100,000 generated patients, seed 1)
#   benchmarks/run.sh jmh        # per-patient JMH figures with allocation (-prof gc), ~6 minutes
#   benchmarks/run.sh all        # both
#   benchmarks/run.sh stages     # where batch's CPU goes: read, + models, + plan, + record (CohortStages)
#   benchmarks/run.sh marginal   # warm-up vs per-patient cost: COUNT and 3 x COUNT patients
#   benchmarks/run.sh jit        # what the JIT compilers did in each process (-XX:+CITime)
# Environment: COUNT (patients, default 100000), SEED (default 1), REPEAT (runs of each command;
# the least CPU is kept, default 1), THREADS (batch --threads, default 0 = all processors),
# WORK (scratch directory, default benchmarks/target/cohort), JAVA (default java), JMH_OPTS
# (JMH's fork/warm-up/measurement options for `jmh`, default '-f 2 -wi 10 -w 2s -i 5 -r 2s').
# Benchmarks, not tests: nothing here fails on a slow machine.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-java}
COUNT=${COUNT:-100000}
SEED=${SEED:-1}
REPEAT=${REPEAT:-1}
THREADS=${THREADS:-0}
WORK=${WORK:-benchmarks/target/cohort}
CLI=cli/target/hccbm.jar
BENCH=benchmarks/target/benchmarks.jar
what=${1:-cohort}

for jar in "$CLI" "$BENCH"; do
  if [[ ! -f $jar ]]; then
    echo "run.sh: $jar is missing; build first: mvn -B -q -DskipTests package" >&2
    exit 2
  fi
done

# Prints "user+sys seconds" and "peak RSS MiB" of one command (GNU time when present, else bash).
cpu_of() {
  local log=$WORK/time.log
  if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%U' true 2>/dev/null; then
    /usr/bin/time -o "$log" -f '%U %S %M' "$@" >/dev/null 2>"$WORK/stderr.log" || {
      cat "$WORK/stderr.log" >&2; return 1; }
    awk '{ printf "%.2f %.0f\n", $1 + $2, $3 / 1024 }' "$log"
  else
    local TIMEFORMAT='%U %S'
    { time "$@" >/dev/null 2>"$WORK/stderr.log"; } 2>"$log" || {
      cat "$WORK/stderr.log" >&2; return 1; }
    awk '{ printf "%.2f ?\n", $1 + $2 }' "$log"
  fi
}

# Runs a command REPEAT times and prints the least CPU seconds and that run's peak RSS.
best_of() {
  local best="" rss="" line cpu
  for ((r = 0; r < REPEAT; r++)); do
    line=$(cpu_of "$@")
    cpu=${line%% *}
    if [[ -z $best ]] || awk -v a="$cpu" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$cpu
      rss=${line#* }
    fi
  done
  echo "$best $rss"
}

# Prints the path of a cohort of N generated patients (seed SEED), generating it once.
cohort_file() {
  local n=$1 file=$WORK/patients-$1-$SEED.jsonl
  mkdir -p "$WORK"
  if [[ ! -f $file ]]; then
    echo "generating $n patients (seed $SEED) into $file" >&2
    "$JAVA" -jar "$CLI" generate --count "$n" --seed "$SEED" --out "$file" >&2
  fi
  echo "$file"
}

cohort() {
  local in
  in=$(cohort_file "$COUNT")
  echo "machine: $(nproc) processors, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)"
  echo "java: $("$JAVA" -version 2>&1 | head -1)"
  echo "input: $in ($(wc -l <"$in") lines, $(du -m "$in" | cut -f1) MB); best of $REPEAT"
  local floor parse batch
  floor=$(best_of "$JAVA" -cp "$BENCH" org.hccbm.benchmarks.JacksonFloor "$in" "$WORK/floor.jsonl")
  parse=$(best_of "$JAVA" -jar "$CLI" batch --parse-only --threads "$THREADS" --in "$in" \
    --out "$WORK/parse-only.jsonl")
  batch=$(best_of "$JAVA" -jar "$CLI" batch --threads "$THREADS" --in "$in" \
    --out "$WORK/results.jsonl")
  awk -v f="$floor" -v p="$parse" -v b="$batch" 'BEGIN {
    split(f, F, " "); split(p, P, " "); split(b, B, " ");
    printf "%-36s %9s %9s %9s\n", "process CPU (user+sys)", "seconds", "ratio", "peak MiB";
    printf "%-36s %9.2f %9s %9s\n", "(a) Jackson floor, 1 thread", F[1], "1.00", F[2];
    printf "%-36s %9.2f %9.2f %9s\n", "(b) hccbm batch --parse-only", P[1], P[1] / F[1], P[2];
    printf "%-36s %9.2f %9.2f %9s\n", "(c) hccbm batch", B[1], B[1] / F[1], B[2];
    printf "targets: b/a <= 1.5, c/a <= 3 (issue 13)\n" }'
}

stages() {
  # Each stage in its own process on the same cohort, one after the other: what a stage adds is its
  # CPU less the previous stage's, its JIT compilation included, as in batch (docs/performance.md).
  local in
  in=$(cohort_file "$COUNT")
  echo "machine: $(nproc) processors; input: $in ($(wc -l <"$in") lines); best of $REPEAT"
  local floor read models plan batch
  floor=$(best_of "$JAVA" -cp "$BENCH" org.hccbm.benchmarks.JacksonFloor "$in" "$WORK/floor.jsonl")
  read=$(best_of "$JAVA" -cp "$BENCH" org.hccbm.benchmarks.CohortStages read "$in")
  models=$(best_of "$JAVA" -cp "$BENCH" org.hccbm.benchmarks.CohortStages models "$in")
  plan=$(best_of "$JAVA" -cp "$BENCH" org.hccbm.benchmarks.CohortStages plan "$in")
  batch=$(best_of "$JAVA" -jar "$CLI" batch --threads "$THREADS" --in "$in" \
    --out "$WORK/results.jsonl")
  awk -v f="$floor" -v r="$read" -v m="$models" -v p="$plan" -v b="$batch" 'BEGIN {
    split(f, F, " "); split(r, R, " "); split(m, M, " "); split(p, P, " "); split(b, B, " ");
    printf "%-44s %9s %9s %9s\n", "process CPU (user+sys)", "seconds", "added", "x floor";
    printf "%-44s %9.2f %9s %9.2f\n", "Jackson floor, 1 thread", F[1], "", 1;
    printf "%-44s %9.2f %9s %9.2f\n", "read each patient (CohortStages read)", R[1], "", R[1] / F[1];
    printf "%-44s %9.2f %9.2f %9.2f\n", "+ every model (CohortStages models)", M[1], M[1] - R[1], M[1] / F[1];
    printf "%-44s %9.2f %9.2f %9.2f\n", "+ the plan (CohortStages plan)", P[1], P[1] - M[1], P[1] / F[1];
    printf "%-44s %9.2f %9.2f %9.2f\n", "+ records, output, worker (hccbm batch)", B[1], B[1] - P[1], B[1] / F[1] }'
}

marginal() {
  # Batch and floor on COUNT and on 3 x COUNT patients (the same generator and seed): the CPU the
  # extra 2 x COUNT patients add is the per-patient (steady-state) cost; what is left at COUNT once
  # that is taken away is the one-off cost (start-up and JIT warm-up). A straight line through two
  # points: REPEAT > 1 keeps the least CPU of each command, which steadies it.
  local big=$((3 * COUNT)) small_in big_in
  small_in=$(cohort_file "$COUNT")
  big_in=$(cohort_file "$big")
  echo "machine: $(nproc) processors; inputs: $COUNT and $big patients (seed $SEED); best of $REPEAT"
  local f1 f3 b1 b3
  f1=$(best_of "$JAVA" -cp "$BENCH" org.hccbm.benchmarks.JacksonFloor "$small_in" "$WORK/floor.jsonl")
  b1=$(best_of "$JAVA" -jar "$CLI" batch --threads "$THREADS" --in "$small_in" \
    --out "$WORK/results.jsonl")
  f3=$(best_of "$JAVA" -cp "$BENCH" org.hccbm.benchmarks.JacksonFloor "$big_in" "$WORK/floor.jsonl")
  b3=$(best_of "$JAVA" -jar "$CLI" batch --threads "$THREADS" --in "$big_in" \
    --out "$WORK/results.jsonl")
  awk -v n="$COUNT" -v f1="$f1" -v f3="$f3" -v b1="$b1" -v b3="$b3" 'BEGIN {
    split(f1, F1, " "); split(f3, F3, " "); split(b1, B1, " "); split(b3, B3, " ");
    fs = (F3[1] - F1[1]) / 2; bs = (B3[1] - B1[1]) / 2;
    printf "%-40s %11s %11s %9s\n", "process CPU (user+sys), seconds", "floor", "batch", "ratio";
    printf "%-40s %11.2f %11.2f %9.2f\n", "all, " n " patients", F1[1], B1[1], B1[1] / F1[1];
    printf "%-40s %11.2f %11.2f %9.2f\n", "all, " 3 * n " patients", F3[1], B3[1], B3[1] / F3[1];
    printf "%-40s %11.2f %11.2f %9.2f\n", "per " n " patients (steady state)", fs, bs, (fs > 0 ? bs / fs : 0);
    printf "%-40s %11.2f %11.2f %9.2f\n", "one-off (start-up, warm-up)", F1[1] - fs, B1[1] - bs,
      (F1[1] - fs > 0 ? (B1[1] - bs) / (F1[1] - fs) : 0);
    printf "peak RSS MiB: floor %s / %s, batch %s / %s\n", F1[2], F3[2], B1[2], B3[2] }'
}

jmh() {
  # Long warm-up on purpose: 3 x 1 s did not reach steady state on a slow 2-core machine
  # (docs/performance.md, seventh pass). For a quick look: JMH_OPTS='-f 1 -wi 3 -w 1s -i 5 -r 1s'.
  local opts
  read -r -a opts <<< "${JMH_OPTS:--f 2 -wi 10 -w 2s -i 5 -r 2s}"
  "$JAVA" -jar "$BENCH" "${opts[@]}" -prof gc \
    'ModelBenchmark.(allModels.*|plan.*)|ReadingBenchmark' "${@}"
}

jit() {
  # The compilers' own account (HotSpot's -XX:+CITime, printed at exit) for the floor, parse-only
  # and batch on the same cohort: C2 and C1 seconds, kilobytes of bytecode compiled (a method's own
  # and what was inlined into it) and methods compiled. The C2 kilobytes move by about 2 % from run
  # to run where the CPU moves by 10-20 %: the measure of hot-code size (decision 0022) to compare
  # two builds by. A diagnostic: CITime itself costs nothing measurable, but quote ratios from
  # `cohort`, which runs the JVM with its defaults.
  local in
  in=$(cohort_file "$COUNT")
  echo "machine: $(nproc) processors; input: $in ($(wc -l <"$in") lines); one run each"
  printf "%-30s %8s %8s %9s %8s %8s %9s %8s\n" "" "CPU s" "C2 s" "C2 KB" "C2 meth" "C1 s" "C1 KB" \
    "C1 meth"
  local name
  for name in floor parse-only batch; do
    local -a cmd
    case $name in
      floor) cmd=(-cp "$BENCH" org.hccbm.benchmarks.JacksonFloor "$in" "$WORK/floor.jsonl") ;;
      parse-only) cmd=(-jar "$CLI" batch --parse-only --threads "$THREADS" --in "$in" \
        --out "$WORK/parse-only.jsonl") ;;
      batch) cmd=(-jar "$CLI" batch --threads "$THREADS" --in "$in" --out "$WORK/results.jsonl") ;;
    esac
    /usr/bin/time -o "$WORK/time.log" -f '%U %S' "$JAVA" -XX:+CITime "${cmd[@]}" \
      >"$WORK/citime.log" 2>"$WORK/stderr.log" || { cat "$WORK/stderr.log" >&2; return 1; }
    # Lines such as "  C2 {speed: ...; standard: 11.9 s, 497043 bytes, 890 methods; osr: 0.2 s,
    # 5165 bytes, 12 methods; ...}": standard and on-stack-replacement compilations summed.
    awk -v name="$name" -v t="$(cat "$WORK/time.log")" '
      /^ *C[12] [{]/ {
        c = $1; line = $0
        gsub(/[;,{}]/, " ", line); n = split(line, w, " ")
        for (i = 1; i <= n; i++) {
          if (w[i] == "s") sec[c] += w[i - 1]
          if (w[i] == "bytes" && w[i - 2] != "nmethods_size:" && w[i - 2] != "nmethods_code_size:") by[c] += w[i - 1]
          if (w[i] == "methods") me[c] += w[i - 1]
        }
      }
      END {
        split(t, T, " ")
        printf "%-30s %8.2f %8.2f %9.0f %8d %8.2f %9.0f %8d\n", name, T[1] + T[2], sec["C2"],
          by["C2"] / 1024, me["C2"], sec["C1"], by["C1"] / 1024, me["C1"] }' "$WORK/citime.log"
  done
}

case $what in
  cohort) cohort ;;
  jmh) shift; jmh "$@" ;;
  all) cohort; jmh ;;
  stages) stages ;;
  marginal) marginal ;;
  jit) jit ;;
  *) echo "usage: benchmarks/run.sh [cohort|jmh|all|stages|marginal|jit]" >&2; exit 2 ;;
esac
