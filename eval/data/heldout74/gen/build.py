import json, random, collections, subprocess, sys
sys.path.insert(0, '/tmp/wr/h74')
from ds import D
from qs import Q
out = []
errs = []
for it in Q:
    ds = it['ds']; ex = it['ex']
    exp = {"kind": it['kind'], "treatment": it['t'], "outcome": it['y'], "mediator": it['m']}
    for k in ('covariates','instrument','estimand','at','clarify'):
        if k in ex: exp[k] = ex[k]
    if ds != 'none':
        cols = list(D[ds]['columns'])
        names = [x for x in (it['t'], it['y'], it['m']) if x] + ex.get('covariates', []) + ([ex['instrument']] if 'instrument' in ex else []) + list(ex.get('at', {}))
        for n in names:
            if n not in cols: errs.append((ds, n, it['text']))
        for c, v in ex.get('at', {}).items():
            ct = D[ds]['columns'][c]['type']
            if ct == 'categorical' and v not in D[ds]['columns'][c]['values']: errs.append(('badlevel', c, v))
            if ct in ('numeric','binary') and not isinstance(v, (int, float)): errs.append(('badnum', c, v))
        if it['kind'] in ('ate','cate','policy','mediation') and not ex.get('clarify'):
            if not (it['t'] and it['y']): errs.append(('missing', it['text']))
        if it['kind'] == 'mediation' and not it['m']: errs.append(('nomed', it['text']))
    else:
        cols = None
        assert it['kind'] in ('unsupported','audit','relation','generate')
    if it['kind'] in ('discover','unsupported','relation','generate'):
        assert not (it['t'] or it['y'] or it['m'])
    out.append({"question": it['text'], "dataset": ds, "columns": cols, "split": "test", "origin": "heldout74", "expected": exp})
if errs:
    for e in errs: print("ERR", e)
    sys.exit(1)
texts = [o['question'] for o in out]
assert len(set(texts)) == len(texts), [t for t,c in collections.Counter(texts).items() if c>1]
random.Random(74074).shuffle(out)
with open('/tmp/wr/h74/questions.jsonl','w') as f:
    for o in out: f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open('/tmp/wr/h74/datasets.json','w') as f: json.dump(D, f, indent=1)

kinds = collections.Counter(o['expected']['kind'] for o in out)
mods = collections.Counter()
for o in out:
    e = o['expected']
    for k in ('covariates','instrument','estimand','at','clarify'):
        if k in e: mods[k] += 1
    if 'estimand' in e: mods['estimand=' + e['estimand']] += 1
styles = collections.Counter(it['st'] for it in Q)
withds = sum(1 for o in out if o['dataset'] != 'none')
unsup_ds = sum(1 for o in out if o['expected']['kind']=='unsupported' and o['dataset']!='none')
disc_graph = sum(1 for o in out if o['expected']['kind']=='discover' and any(w in o['question'].lower() for w in ('graph','dag')))
print(len(out), dict(kinds), dict(mods), dict(styles), withds, unsup_ds, disc_graph)
now = subprocess.check_output(['date','-u','+%Y-%m-%dT%H:%M:%SZ']).decode().strip()
md = f"""# Held-out question set h74

- Written by: **h74** (data writer), {now} (UTC)
- Split / origin: `test` / `heldout74`; shuffled with `random.Random(74074).shuffle`
- Files: `datasets.json` (15 invented datasets), `questions.jsonl` ({len(out)} questions), `qs.py`/`ds.py`/`build.py` (generator)

## Domains (one dataset each)
seaweed farming (`h74_seaweed`), tunnel boring (`h74_tunnel`), quarrying (`h74_quarry`), chess boxing (`h74_chessboxing`),
barbershop quartet (`h74_quartet`), racewalking (`h74_racewalk`), dune restoration (`h74_dunes`), charcoal burning (`h74_charcoal`),
line dancing (`h74_linedance`), indigo dyeing (`h74_indigo`), mapmaking (`h74_mapmaking`), cricket farming (`h74_crickets`),
tanning leather (`h74_tannery`), cork harvesting (`h74_cork`), stone skipping (`h74_stoneskip`).
Column styles: cryptic snake_case (seaweed, racewalk, charcoal, crickets), UPPER_CASE (tunnel, dunes, tannery),
camelCase (chessboxing, linedance, mapmaking, stoneskip), plain words (quarry, quartet, indigo, cork).
Every dataset has an id column, baseline/follow-up pairs, parallel windows and/or `_v2` near-synonyms.

## Counts
- By kind: {', '.join(f'{k} {v}' for k, v in sorted(kinds.items(), key=lambda x: -x[1]))}
- With a dataset: {withds}; `dataset: none`: {len(out)-withds} (unsupported with dataset: {unsup_ds})
- Modifiers: covariates {mods['covariates']}, at {mods['at']}, estimand {mods['estimand']} (att {mods['estimand=att']}, atc {mods['estimand=atc']}), instrument {mods['instrument']}, clarify {mods['clarify']}
- Styles (author tags): machine/identifier {styles['m']}, natural paraphrase {styles['n']}, terse/lower-case {styles['t']}
- Discover items mentioning "graph"/"DAG": {disc_graph} of {kinds['discover']}

## Label conventions
- `treatment`/`outcome`/`mediator` are exact column names; `null` for discover, unsupported, relation, generate.
- Unnamed baseline/follow-up version -> follow-up column is the outcome (e.g. `epi_post`, `DUNE_HT_24M`, `tree_vigour_after`).
  A baseline is only listed in `covariates` when the question says to adjust/control/account for it.
- `covariates` only when the question names things to adjust for, including "or is that confounded by X" wording.
- `estimand`: `att` for "on those who got/did X", `atc` for "those who did not / never". Not a subgroup filter.
- `at`: subgroup or value conditions ("for granite quarries", "when wind is 20 km/h") -> `cate`; numbers for numeric/binary,
  level strings for categoricals. Effect-heterogeneity questions without a value are `cate` with no `at`.
- `clarify: true` when the outcome/treatment is ambiguous between parallel columns (30d/90d, 6m/12m, v1/v2, dry/wet,
  day1/day3), a named variable is missing (operator shift length), or the direction is unstated; the unresolved role is `null`.
- Policy: `treatment` = action column, `outcome` = goal column.
- Audit: `treatment` = the attribute as a short phrase, `outcome` = the shortest noun phrase for the decision.
- Categorical "treatments" (e.g. `TAN_METHOD`, `feed_typ`, `stoneShape`, `bootType`) are kept as the treatment column.
"""
open('/tmp/wr/h74/README.md','w').write(md)
