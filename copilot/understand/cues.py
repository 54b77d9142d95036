"""Kind cues (graph words, mediation words, 'for whom', generation verbs, stated correlations, ...),
method names, and the relation / generation requests that are recognised before kinds compete."""

from __future__ import annotations

import re
from typing import Any

from copilot.understand.analysis import Analysis
from copilot.understand.dag_text import edges_in, random_dag_edges
from copilot.understand.text import parse_number
from copilot.understand.relation_question import spell_out, split_question
from copilot.understand.base import answered, text_has, ParseOutcome, Pending


DISCOVER_WEAK_RX = (
    r"causal (?:relation|relations|relationship|relationships|links?|connections?)\b|"
    r"(?:which|what) (?:of (?:these|the) )?(?:factors?|variables?|columns?|features?|things|drivers?|"
    r"predictors?|ones) (?:cause|causes|drive|drives|affect|affects|influence|influences|determine|"
    r"determines|matter|explain|impact|impacts|are causes|are drivers|actually drive|really drive|really "
    r"cause|actually cause|actually affect|really affect|really matter)|"
    r"what (?:affects|influences|determines|explains|impacts) "
)


DISCOVER_RX = (
    r"causal (?:graph|structure|diagram|network|dag|model|map|skeleton|ordering|order|pathways|web|picture|"
    r"story|mechanisms among|mechanisms between)|\bdags?\b|directed acyclic graphs?|connected causally|causally connected|"
    r"causally (?:related|relate|connect|connected|linked|link|interact)\w*|(?:connect|relate|link)\w* causally|"
    r"causally related|causally relate|relate to each other|related to each other|interrelat|"
    r"how everything|everything (?:is |are )?(?:connected|related)|"
    r"structure[- ]learning|structural[- ]learning|causal discovery|\bdiscover|\buncover|\bmap out|"
    r"what causes what|what drives what|what affects what|what influences what|which causes which|"
    r"\bwho[- ](?:influences|affects|drives|causes)[- ]whom\b|"
    r"(?:influence|affect|drive|cause|shape|impact|depend|feed)s? (?:on |into )?(?:each other|one another)|"
    r"fits? together causally|how .{0,80}\bfits? together|feeds? into which|"
    r"(?:work out|figure out|learn|find|recover|determine) (?:the )?(?:causal )?(?:structure|directions?)\b|"
    r"directions? (?:among|between) (?:all )?(?:the |these )?|network of (?:cause|causes|causal)|"
    r"how (?:these|they|all|the) .{0,60}\b(?:connect|relate|interact)\b|"
    r"\bsits? (?:up|down)stream\b|which (?:ones? )?(?:are|is) (?:up|down)stream|"
    r"(?:which|what) (?:\w+ ){0,3}(?:affects?|drives?|causes?|influences?) (?:which|what)\b|"
    r"cause[- ](?:and[- ])?effect structure|structure (?:search|discovery)|map (?:out )?(?:the )?dependenc|"
    r"(?:which|what) (?:unknown |hidden |causal )?dependenc(?:y|ies) (?:link|connect|tie)|upstream and which (?:are |is )?downstream|"
    r"(?:draw|map|sketch|learn|find|recover|infer|build|estimate|construct|show|give|plot|visuali[sz]e|get)"
    r" (?:me )?(?:a |the |an )?(?:causal )?(?:graph|structure|dag|diagram|network)|"
    r"\b(?:pc|fci|ges|lingam|notears) (?:algorithm|method)|(?:run|use|try|apply) (?:the )?(?:pc|fci|ges|lingam)\b|"
    r"how (?:are|do|is) .{0,80}(?:causally )?(?:related|connected|relate|connect|linked|interrelated|interact)|"
    r"who causes what|(?:causes|drivers|determinants|root causes?|causal factors|causal drivers) (?:of|behind|for)(?! whom)|"
    r"what (?:causes|drives) |causal relationships? (?:among|between|in)|cause-effect relationships|"
    r"cause[- ]and[- ]effect relationships|causal links? (?:among|between|in)|causal ordering|"
    r"causal connections|directions? of causation|which way (?:the )?(?:arrows?|causation) (?:point|go|run)|"
    r"arrows? (?:between|among)|skeleton|markov equivalence|equivalence class|causal web|web of causes|"
    r"web of cause and effect|cause[- ](?:and[- ])?effect (?:web|map|network|picture|graph|diagram|structure|dag|model)|"
    r"directions? of influence|"
    r"directional dependenc|dependency structure|(?:learn|work out|figure out|map|show) (?:the )?dependenc|"
    r"\b(?:cause|causes|drive|drives|affect|affects|influence|influences|lead to|leads to) (?:which|the others?|"
    r"which others?)\b|upstream of (?:the )?others|(?:upstream|downstream) of which\b|"
    r"\b(?:causes|upstream|drivers)\b.{0,40}\band which\b.{0,30}\b(?:consequences|effects|downstream|side effects|"
    r"outcomes|results)\b"
)


# "which divers should be put through safety training", "staff who were sent through onboarding", "put a third
# of the sloths through climbing training": a course taken, no path from a cause to an effect (`MEDIATION_RX` is
# read on the text with these taken out; the role patterns read such a "through" as no mediator's)
_PUT = r"(?:put|puts|putting|sent|send|sends|sending)"
# (and "members who joined through a free trial", "clients who book through the app": the way in)
_ROUTE_VERB = (r"(?:(?:be|been|being|get|gets|got|are|is|was|were) (?:routed|processed|screened|triaged|funnell?ed)|"
               r"(?:who|that) (?:joined|join|signed up|sign up|enrolled|enrol|enroll|came in|come in|arrived|booked|book|"
               r"applied|apply|registered|register|subscribed|subscribe))")
COURSE_TAKEN_RX = (rf"\b(?:{_PUT}(?: [\w'-]+){{0,6}}?|taken|went) through (?:the |a |an |their |our |his |her )?"
                   r"(?:[\w-]+ ){0,2}?(?:training|course|courses|programme|program|screening|induction|"
                   r"certification|onboarding|rehab|rehabilitation|curriculum|bootcamp|orientation)\b"
                   # "which tickets should be routed through AI triage": the channel units pass, the treatment
                   rf"|\b{_ROUTE_VERB} through\b")
PUT_THROUGH_RX = re.compile(rf"\b({_PUT}(?: \S+){{1,6}}?|{_ROUTE_VERB}) through\b")


MEDIATION_RX = (
    r"mediat|indirect effect|direct effect|natural direct|natural indirect|through which|mechanism|pathway|"
    r"\bchannel|goes through|go through|runs through|passes through|flows through|by way of|how much of .{0,60}"
    r"(?:effect|impact|benefit|gap|increase|drop|change)|what (?:share|fraction|portion|part|proportion|percent"
    r"|percentage) of|(?:share|fraction|portion|part|proportion|percentage) of (?:the |that |this |its )?"
    r"(?:effect|impact|benefit)|explained_by|accounted_for_by|\bvia\b|\bthrough\b|because it|by changing|"
    r"by increasing|by reducing|by lowering|by raising|by improving|\band thereby\b|"
    # "how much of that works by lifting 30-day sales first": the story of a pathway
    r"\bworks? by\b|\bworked by\b|\b(?:act|acts|acted|operate|operates) by\b|by lifting|by boosting|by cutting|by driving|by building|"
    r"^\s*med\b[:\s]"  # a terse command: "med: drip_irr -> frt_brix -> mkt_px"
)

# a request for the decomposition itself: the question is a mediation one even when its mediator is not found
MEDIATION_EXPLICIT_RX = (
    r"\bmediat(?:ed|es|ing)\b|mediation analysis|\bindirect effect|"
    r"\b(?:direct|indirect) (?:and|vs\.?|versus|or|from) (?:the )?(?:in)?direct\b|"
    r"natural (?:in)?direct|\bdecompos|\bsplit\b.{0,40}\b(?:in)?direct\b|\bnde\b|\bnie\b|proportion mediated|"
    # "does X cut Y directly, or (mainly) because / by / through M?", "is that direct, or because ..."
    r"\bdirect(?:ly)? ?,? or (?:\w+ly )?(?:because|by|through|via)\b|"
    # "does mining cut calf survival by degrading lichen, or directly?": the path named first
    r"\b(?:by|through|via)\b[^?.;]{1,80}, or (?:is it |it is |it's |just |only |simply )?direct(?:ly)?\b|"
    # "what share of its effect is indirect?", "quantify the indirect part"
    r"\b(?:is|are|was|were) indirect\b|\bindirect (?:part|share|portion|component|path|pathway|route|channel|piece)s?\b"
)


CATE_RX = (
    r"for whom|who benefits|who would benefit|who gains|heterogene|heterogenous|subgroups?|uplift|personali[sz]"
    r"|individuali[sz]ed|individual(?:-level)? (?:treatment )?effects?|\bcate\b|conditional (?:average )?"
    r"(?:treatment )?effects?|moderat|effect modif|best responders|most responsive|respond best|"
    r"benefit(?:s|ed)? (?:the )?most|gain(?:s)? (?:the )?most|helps? (?:the )?most|works? best|"
    r"(?:effect|impact|benefit|harm|it|treatment|gain|lift|response|this|that|results?|returns?|effectiveness|"
    # ("or do the farms that call a vet just differ?": a rival explanation, not a breakdown)
    r"efficacy|payoff|toll)\b.{0,60}\b(?<!just )(?<!simply )(?<!merely )(?:differ(?:s)?(?! in (?:\w+ )?ways)|different|differently|vary|varies|varying|"
    r"depend on|depends on|(?:change|changes|vary|varies|differ|differs) depending on|change with|changes with|"
    r"larger for|smaller for|bigger for|stronger for|weaker for|"
    r"same for|consistent across|the same across|larger among|stronger among|weaker among|bigger among|"
    r"(?:bigger|larger|smaller|stronger|weaker|greater) (?:on|in) .{1,30} than)|"
    # "do nest boxes boost numbers more in small woods than in large ones?"
    r"\b(?:more|less) (?:in|for|among|on) [^.?!;]{1,30}? than (?:in|for|among|on)\b|"
    r"\b(?:more|less) (?:for|among|in) (?:the )?(?:older|younger|bigger|smaller|larger|newer|heavier|lighter|"
    r"richer|poorer|longer|shorter|higher|lower|sicker|healthier)\b|as a function of|"
    r"(?:differ|differs|different|vary|varies|varying) (?:across|by|between) .{0,40}(?:groups|segments|"
    r"types|levels|categories|subgroups|cohorts)|broken_down_by|\bsplit by\b|\bbreak (?:it |this |that )?down\b|"
    r"stratif|segment|which (?:customers|patients|people|students|users|employees|groups?|segments?|units|"
    r"kinds?|types?|clients|members|stores|schools|subgroups|workers|firms|kids|children|households|"
    r"shoppers|individuals|participants|regions|companies|applicants|visitors) .{0,40}(?:benefit|respond|"
    r"gain|react|profit|most|least|more|less)|target(?:ing)? (?:the )?(?:right|best)|whom should|"
    r"which (?!ones\b)[a-z]+s'? (?:[\w'`()-]+ ){0,6}?(?:benefit|benefits|respond|gain|react|profit)\b|"
    r"(?:which (?!ones\b)[a-z]+s|\bwho) (?:see|get|show|experience|enjoy)s? .{0,60}\b(?:most|least|biggest|largest|strongest)\b|"
    r"who should (?:we|i) (?:target|treat|give|send|offer)|for which|"
    r"\bwhere (?:does|do|did|would|will) .{1,40}?\b(?:matter|work|help|pay off|do)s? (?:the )?most\b|\bwho\b.{0,40}\b(?:most|best)\b|"
    # "whose 1000 m time improves most with more sessions": the units the change is largest for
    r"^whose\b.{0,60}\b(?:most|least)\b|"
    r"\bwhere (?:does|do|did|would|will) .{1,60}?\b(?:the )?(?:most|least)\s*[?.!]?\s*$|"
    # "in which parts of the world is the boost biggest?", "where is the sponsor effect largest?"
    r"(?:^|[.?!;:] )in which (?!case\b|way\b|order\b)[a-z]+|"
    r"\bwhere (?:is|are|was|were|would|will) .{1,60}?\b(?:largest|biggest|strongest|greatest|smallest|weakest)\b|"
    # "where is the reminder most effective at preventing no-shows?"
    r"\b(?:where|when) (?:is|are|was|were|would) .{1,40}?\b(?:most|least) (?:effective|useful|helpful|beneficial|"
    r"valuable|impactful|successful)\b|"
    # "does the induction matter more for students"
    r"\b(?:matter|matters|mattered|help|helps|helped|work|works|worked|pays? off) more (?:for|among|in|with)\b|"
    r"same for everyone|same for all|works? better for|work(?:s|ed)? (?:better|worse|differently) (?:for|in|among)|"
    r"better for some|for some .{0,30} than (?:for )?others|(?:across|by|for) different|for men and women|for women and men|"
    r"between men and women|for boys and girls|effect by|effects by|impact by|"
    # ("driven up by larger groups": the cause, a size, not a breakdown)
    # ("or is that confounded by city tier?": a confounder named, not a breakdown)
    r"(?<!confounded )(?<!confounding )(?<!_)"
    r"by (?!(?:larger|bigger|smaller|more|fewer|higher|lower)\b)(?:\w+ ){0,1}(?:group|segment|"
    r"level|category|band|bracket|subgroup|cohort|tier|bucket|quantile|quartile|decile)s?\b"
)


EFFECT_RX = (
    r"effect|impact|influenc|\bcaus|affect|increas|decreas|reduc|rais|lower|improv|boost|\bdrive|\bhurt|harm|"
    r"\bhelp|chang|determin|lead to|leads to|led to|result in|contribut|matter|make a difference|differen|"
    r"what_happens|what if|would .* if|\bif we\b|\bif i\b|\bate\b|treatment|counterfactual|worth it|pay off|"
    r"\bwork\b|\bworks\b|\bworked\b|payoff|benefit|depend|respon|react|because of|due to|->|=>|efficacy|"
    r"effectiv|\bcut\b|\bcuts\b|prevent|protect|\bmove|spur|promot|damag|worsen|alter|uplift|\blift\b|"
    r"attribut|returns? to|gain|\bmake\b|\bmakes\b|\bget\b|encourag|discourag|\bcure|shift|bring|drag|pull|"
    r"\beat into|better|worse|higher|lower|outcome|\bvs\b|versus|compared|compare|causal|cause|exert|"
    r"translate|yield|payback|go up|go down|boosts|push|save|saves|cost us|costs|"
    # "for the shops that rolled out the app, how much more revenue came in afterwards?"
    r"\bhow (?:much|many) (?:more|less|fewer|extra)\b|"
    # "does dual polarisation give forecasters more warning time?"
    r"\b(?:give|gives|gave) (?:[a-z]+ )?(?:more|fewer|less|higher|lower|bigger|larger|longer|shorter|extra)\b|"
    # the counterfactual said outright: "how much heavier were they than they would have been without?"
    r"\bwould(?: not|n't)? have (?:been|had|got|seen|earned|made|done)\b.{0,40}\bwithout\b|"
    r"\bif (?:they|it|we|he|she) (?:hadn't|had not|didn't|did not)\b|\bhad (?:they|it|we) not\b"
)


_GENERATE_VERB = (r"\b(?:generate|generating|simulate|simulating|simulation|synthesi[sz]e|synthesi[sz]ing|"
                  r"sample|sampling|draw|create|produce|make|give me|spit out|fabricate|build|spin up|"
                  r"mock up|need|want|get me|output|write out|dump)\b")


# "synthetic" of data ("a synthetic benchmark", "synthetic patient records"), not of things ("synthetic greens")
_SYNTHETIC = (r"synthetic(?= (?:[\w-]+ ){0,3}?(?:data|dataset|datasets|rows?|samples?|records?|benchmarks?|tables?|"
              r"observations?|cohorts?|populations?|versions?|copies|replicates?|units|panels?|patients|people|"
              r"customers|users|individuals|subjects|students|households|respondents|participants|firms|"
              r"worlds?|scenarios?|examples?)\b|\s*[.?!]?$)")


_GENERATE_OBJ = (rf"\b(?:rows?|samples?|datasets?|data ?sets?|records?|observations?|units?|draws?|replicates?|"
                 rf"replications?|{_SYNTHETIC}|fake|artificial|simulated|toy data|sd-scm|sdscm|scm|"
                 r"structural causal model|semi-synthetic|benchmark data|benchmark dataset|benchmark|mock data)\b")


_SPEC_NAMES = ("confounder", "collider", "mediator", "instrument", "modifier", "breast_cancer", "breast cancer")
# the bundled example a request describes by its structure ("the treatment is confounded by age")
_SPEC_STEMS = (("breast_cancer", r"\bbreast[_ ]cancer\b"), ("confounder", r"\bconfound\w*"), ("collider", r"\bcollid\w*"),
               ("mediator", r"\bmediat\w*"), ("instrument", r"\binstrument\w*|\biv\b"),
               # a benchmark for conditional effects: effects that vary from unit to unit, by a covariate
               ("modifier", r"\bheterogen\w*|\beffect modif\w*|\b(?:treatment )?effects? (?:that )?(?:varies|vary|differs?|"
                            r"grows?|depends?|changes?|increases?|decreases?) (?:linearly )?(?:with|by|on|across)\b|"
                            r"\bcate (?:methods?|estimators?|models?)\b|\buplift models?\b"),
               # a benchmark with a known effect to recover by adjustment: the confounded example
               ("confounder", r"\b(?:known|ground[- ]truth) (?:[\w-]+ ){0,2}?(?:ate|average treatment effect|"
                              r"(?:treatment |causal )?effects?)\b|\beffect (?:[\w-]+ ){0,6}?is known\b|"
                              r"\btrue (?:ate|average treatment effect|(?:treatment |causal )?effect)\b|"
                              r"\btreatment (?:is )?(?:assigned|assignment|chosen|taken up) (?:depend\w* on|by|based on)\b|"
                              r"\bnaive (?:estimate|comparison|difference)\b"))


def text_without_names(an: Analysis) -> str:
    """The question's words less each column's name said outright ("hold mechanism and age fixed": a column
    named `mechanism`, no cue of a mediation)."""
    named = {k for m in an.mentions if m.column and m.score >= 0.95 for k in range(m.start, m.end)}
    return " ".join(t for i, t in enumerate(an.tokens) if i not in named)


def gender_modifier(text: str) -> list[str] | None:
    if text_has(r"\b(?:men and women|women and men|male and female|female and male|gender|sex|boys and girls|"
            r"girls and boys|males and females|females and males)\b", text):
        return ["gender"]
    return None


def method_named(text: str, allowed: tuple[str, ...]) -> str | None:
    table = {
        "pc": r"\bpc\b", "fci": r"\bfci\b", "ges": r"\bges\b", "lingam": r"\blingam\b",
        "dml": r"\bdml\b|double(?:/| |-)?(?:debiased )?machine learning|double ml",
        "propensity_weighting": r"propensity|\bipw\b|inverse probability", "linear_regression": r"linear regression|\bols\b",
        "causal_forest": r"causal forest", "linear_dml": r"linear dml", "dr_learner": r"dr[- ]learner|doubly robust",
        "s_learner": r"s[- ]learner", "t_learner": r"t[- ]learner", "x_learner": r"x[- ]learner",
    }
    for name in allowed:
        if text_has(table[name], text):
            return name
    return None


def split_relation(q: str) -> tuple[str, str] | None:
    q = spell_out(q)  # "A indep B | C", "A ⊥ B": shorthand read as the sentences it stands for
    if not (_STAT_RX.search(q) or re.search(r"hypothesis\s*:", q, re.I)):
        return None  # no stated (in)dependence: not a relation question
    try:
        got = split_question(q)
    except Exception:  # noqa: BLE001 - a routing helper must never break parsing
        got = None
    if got:
        return got
    # "Hypothesis: ... Premise: ..." (reversed order)
    m = re.match(r"\s*hypothesis\s*:(.+?)premise\s*:(.+)$", q, re.I | re.S)
    if m:
        return m.group(2).strip(), m.group(1).strip()
    m = re.search(r"hypothesis\s*:", q, re.I)
    if m:
        premise = re.sub(r"^\s*premise\s*:\s*", "", q[: m.start()], flags=re.I).strip()
        return (premise, q[m.end():].strip()) if premise and _STAT_RX.search(premise) else None
    return _split_relation_fallback(q)


_STAT_RX = re.compile(r"\b(?:correlat\w*|independent|associated|dependent|uncorrelated|unrelated)\b", re.I)


_CLAIM_RX = re.compile(r"\b(?:caus\w*|collider|confound\w*|mediat\w*|parent|child|ancestor|descendant|common cause|"
                       r"common effect|effect|"
                       r"directly|affects?)\b", re.I)


def _split_relation_fallback(q: str) -> tuple[str, str] | None:
    """Stated (in)dependencies + a causal claim, when the relation tool's splitter declines."""
    n_stat = len(_STAT_RX.findall(q))
    if n_stat < 2 and not (n_stat == 1 and re.search(r"\b[A-Z]\b.*\b[A-Z]\b", q)):
        return None
    sentences = [x.strip() for x in re.split(r"(?<=[.!?])\s+", q.strip()) if x.strip()]
    claim_i = next((i for i in range(len(sentences) - 1, -1, -1)
                    if _CLAIM_RX.search(sentences[i]) and (sentences[i].endswith("?") or not _STAT_RX.search(sentences[i]))),
                   None)
    if claim_i is None:
        return None
    claim = sentences[claim_i]
    premise = " ".join(x for j, x in enumerate(sentences) if j != claim_i)
    if not premise:
        parts = re.split(r"[,:]\s*(?=(?:so\s+|then\s+)?(?:does|do|is|are|can|could|would|must)\b)", claim)
        if len(parts) < 2:
            return None
        premise, claim = ", ".join(parts[:-1]), parts[-1]
        premise = re.sub(r"^(?:given\s+that|if|suppose(?:\s+that)?)\s+", "", premise, flags=re.I)
    if not _STAT_RX.search(premise):
        return None
    hypothesis = re.sub(r"^(?:so\s+|then\s+)?(?:can we conclude that|can we say that|does it follow that|"
                        r"is it true that)\s*", "", claim.strip(), flags=re.I).rstrip("?").strip()
    return premise, hypothesis


def generate_task(an: Analysis, q: str) -> ParseOutcome | None:
    # the words of a group the question restricts to are no request ("for wild-simulated plots")
    text = " ".join(t for i, t in enumerate(an.tokens) if i not in an.used_tokens) if an.conditions else an.text
    verb = re.search(_GENERATE_VERB, text)
    obj = re.search(_GENERATE_OBJ, text)
    strong = text_has(rf"sd-?scm|{_SYNTHETIC}|simulat|structural causal model|\bscm\b|fake data|semi-synthetic|"
                      r"(?:toy|fake|dummy|mock|artificial) (?:[\w-]+ ){0,2}?(?:data|dataset)|benchmark data|"
                      # a benchmark for estimators, made to order ("generate a heterogeneous-effect benchmark")
                      r"\b(?:generate|create|build|produce|make|simulate)\b (?:me )?(?:an? |the )?(?:[\w-]+ ){0,3}?benchmark\b|"
                      r"known (?:true )?(?:ate|average treatment effect|treatment effect|effect)|"
                      r"ground[- ]truth|"
                      # the SD-SCM recipe itself: a language model writes the mechanisms, then data are sampled
                      r"(?:\bllms?\b|language models?|\blms?\b|\bgpt).{0,80}\b(?:mechanisms?|(?:structural )?equations?|"
                      r"functional forms?)\b", text)
    spec_named = any(re.search(rf"\b{n}\b", text) for n in _SPEC_NAMES) or bool(re.search(r"\.(?:json|ya?ml)\b", q))
    if verb and spec_named and text_has(r"\b(?:data|example|spec|model)\b", text):
        obj = obj or re.search(r"\bdata\b", text)
    edges, latent = edges_in(q)
    if verb and not edges:
        edges = random_dag_edges(text)
    # a graph written out beside "generate / make / simulate ... data" is a generation request
    graph_given = bool(edges) and bool(verb) and text_has(r"\b(?:data|dataset|table|rows|samples|benchmark|logs|records|observations)\b", text) \
        and (bool(re.search(r"->|→|=>|<-|←|⟶|\w\s*=\s*[\w(]", q)) or text_has(
            r"\b(?:generate|simulate|synthesi[sz]e|sample|create|produce|make|build|fabricate|mock up|write out)\b", text))
    if not ((verb and obj) or (strong and (verb or obj)) or graph_given):
        return None
    if not strong and not spec_named and not graph_given and not text_has(r"\b\d[\d,]*k?\s+(?:rows?|samples?|datasets?|records?|observations?|units?|"
                               r"draws?|replicates?|people|patients|customers|students)\b", text):
        return None
    if text_has(r"effect of|impact of|does .{1,40} (?:affect|cause|increase|reduce)", text) and not strong and not graph_given:
        return None
    task: dict[str, Any] = {"kind": "generate", "question": q}
    rows = re.search(r"\b(\d[\d,]*k?)\s+(?:rows?|samples?|records?|observations?|units?|draws?|people|patients|"
                     r"customers|students|individuals|subjects)\b", text)
    if rows:
        task["rows"] = int(parse_number(rows.group(1)) or 1000)
    ds = re.search(r"\b(\d[\d,]*k?)\s+(?:datasets?|data sets?|replicates?|replications?|copies|versions)\b", text)
    if ds:
        task["datasets"] = int(parse_number(ds.group(1)) or 1)
    spec = re.search(r"([\w./~-]+\.(?:json|ya?ml))", q)
    if spec:
        task["spec"] = spec.group(1)
    elif edges:  # the question writes its own graph: an SD-SCM is written from it
        task.update({"spec": "dag", "edges": edges, "latent": latent})
    else:
        for name, stem_rx in _SPEC_STEMS:
            if re.search(stem_rx, text):
                task["spec"] = name
                break
    interventions = {}
    for m in re.finditer(r"do\s*\(\s*([\w ]+?)\s*=\s*([\w. -]+?)\s*\)", q, re.I):
        interventions[m.group(1).strip()] = m.group(2).strip()
    for m in re.finditer(r"(?:setting|set|forcing|force|fix|fixing|intervene on|intervening on)\s+([\w]+)\s+"
                         r"(?:to|=|at)\s+([\w.-]+)", q, re.I):
        interventions.setdefault(m.group(1), m.group(2))
    if interventions:
        task["interventions"] = interventions
    out = re.search(r"(?:into|to|in|under)\s+(?:the\s+)?(?:folder|directory|dir)\s+([\w./~-]+)", q, re.I)
    if out:
        task["out_dir"] = out.group(1)
    if "spec" not in task:
        return ParseOutcome(
            task=None,
            clarification="Which SD-SCM should I sample from? Bundled examples: confounder, collider, mediator, "
            "instrument, modifier (an effect that varies with age) — or write the graph ('A -> B, B -> C') or give "
            "the path of a JSON/YAML spec.",
            pending=Pending(awaiting="spec", options=list(_SPEC_NAMES[:5]), task=task),
            confidence=0.6,
        )
    return answered(task, 0.9, [], {})


# the user doubts which way the effect runs: "does X cause Y or the other way round?"
DIRECTION_DOUBT_RX = (r"\bor the other way (?:round|around)\b|\bor vice[- ]versa\b|\bwhich causes which\b|"
                      r"\bwhich (?:one|of (?:them|the two)) (?:drives|causes|affects|leads|comes first|should we treat "
                      r"as the cause)\b|\bnot sure which (?:one )?(?:drives|causes|is the cause)\b|"
                      # "which way does it run between X and Y?"
                      r"\bwhich way (?:does|do|did) (?:it|this|that|the (?:effect|causation|arrow|influence|link)) "
                      r"(?:run|go|point|flow)\b|"
                      # a pair said to be related, with no word for which way: "how are X and Y causally linked?"
                      r"\bhow (?:strongly |closely )?(?:are|is) [^,;?]{1,60}? and [^,;?]{1,60}? causally "
                      r"(?:related|linked|connected)\b")


# "do cameras change how many people officers arrest": the count is the outcome a cause moves, not a tally
# ("has capping chimneys reduced how many swifts are counted": the past tense too)
CHANGE_HOW_MANY = (r"\b(?:(?:chang|reduc|rais|lower|increas|affect|alter|boost|shift|lift|improv|push|decreas)"
                    r"(?:e|es|ed|s)?|cut|cuts|shrink|shrinks|shrank|shrunk|grow|grows|grew|grown|drive|drives|drove|"
                    r"driven|do to|does to|did to|done to)(?: down| up)? how (?:many|much|often|long)\b|"
                    # "what we care about is how many customers come back": the count is the goal of a decision
                    r"\b(?:care about|cares about|judge[sd]? (?:it )?(?:on|by)|judging (?:it )?(?:on|by)|measured by|"
                    r"in terms of|(?:goal|objective|aim|metric|kpi|target) (?:is|being))(?: \w+)? how (?:many|much|often|long)\b")
