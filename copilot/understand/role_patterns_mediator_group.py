"""The role patterns that name a mediator or the groups an effect is compared across (part of
`role_patterns._ROLE_PATTERNS`, kept apart so each list stays readable): regex, {group -> role}, weight."""

from __future__ import annotations

from copilot.understand.role_words import _AGENT_PARTICIPLE, _CV, _DEGREE, _EFFECT_NOUN, _G, _M, _NOT_AFTER_AGENT_PARTICIPLE, \
    _NOT_THE_OUTCOME

# a transitive verb, its object, then "through": what is put through something ("putting <0> through <1>")
_NOT_PUT_THROUGH = "".join(rf"(?<!\b{v} <{d}> )" for v in ("put", "puts", "putting", "pass", "passing", "passed", "send",
                                                          "sending", "run", "running", "feed", "feeding", "fed")
                           for d in (r"\d", r"\d\d"))

_MEDIATOR_AND_GROUP_PATTERNS: list[tuple[str, dict[int, str], float]] = [
    # mediators
    # "works by sharpening clarity (harm_clr), which then wins contests (comp_win).": the next link, its verb said
    # inside the words restated by the name, ends the story (the outcome)
    (rf"(?:by|through|via) {_G(5)}{_M} ?,? which (?:then |in turn )?{_M} ?(?:[.?!;]|$)", {2: "y"}, 2.6),
    (rf"(?:how much|how|what share|what fraction|what part|what portion|what proportion|what percent\w*) of "
     rf"(?:\S+ ){{0,10}}?(?:is |are |was )?(?:due to|because of|attributable to|explained_by|accounted_for_by) "
     rf"{_G(2)}{_M}", {1: "m"}, 3.5),
    (rf"(?:is|are|was|were) {_M} (?:a |the |an )?(?:mediator|mechanism|channel|pathway|reason|link|intermediate)",
     {1: "m"}, 3.0),
    # (not "vendors who went through hygiene training": a course the units took, no path; nor "putting the shells
    # through the kiln": what is put through it)
    (rf"(?:(?<!\bwent )(?<!\bgone )(?<!\bbeen )(?<!\bsent )(?<!\bput )(?<!\bputs )(?<!\btaken ){_NOT_PUT_THROUGH}through(?! which)|"
     rf"thru|via|mediated_by|mediated_through|channelled_through|channeled_through|transmitted_through|"
     rf"carried_through|by way of|by means of|operating through|operates through|operate through|working through|"
     rf"works through|passing through|passes through|pass through|goes through|go through|going through|"
     rf"flows through|flow through|runs through|run through|routed through|"
     # (not "is rice yield hit by raising fish": the agent of a passive is the cause)
     rf"(?<!ed )(?<!\bhit )(?<!\bhurt )(?<!\bcut )(?<!\bdriven )(?:by changing|by increasing|by reducing|"
     rf"by cutting|by shortening|by lengthening|by building|by boosting|by decreasing|by preventing|by speeding up|"
     rf"by lowering|by raising|by improving)) {_G(2)}{_M}", {1: "m"}, 3.0),
    (rf"{_M} (?:as|is|being|acts as|act as|serves as|serve as|plays|play|being) (?:a |the |an )?(?:mediator|"
     rf"mediating|channel|mechanism|pathway|intermediate|intermediary|go-between|middle step|link)", {1: "m"}, 3.0),
    (rf"(?:mediator|mediating variable|channel|mechanism|pathway|intermediate|intermediary|mediators)s? "
     rf"(?:(?:is|=|:|be|like|such as|being) {_G(1)})?{_M}", {1: "m"}, 3.0),
    (rf"(?:{_EFFECT_NOUN}|it|this|that|link|relationship|association|gap|improvement|reduction|increase|drop|rise|"
     rf"gain|advantage) (?:\S+ ){{0,10}}?(?:explained_by|accounted_for_by|carried_by|transmitted_by) {_G(4)}{_M}", {1: "m"}, 3.0),
    # "raise first dates because it produces more matches"; "raise arrivals partly because airlines add seats"
    (rf"because (?:it|they|this|that) (?!is |are |was |were )[a-z]+ (?:more |less |fewer |higher |lower |bigger |smaller |"
     rf"longer |shorter )?{_G(1)}{_M}", {1: "m"}, 3.0),
    (rf"(?:partly|partially|in part|mostly|largely|mainly|chiefly|primarily) (?:because|due to|through|via|by) {_G(4)}{_M}",
     {1: "m"}, 3.0),
    # "the mediating role of M", "the indirect path through M" -- but "the indirect effect of X on Y" names the treatment
    (rf"(?:(?:mediating|intermediary|intermediate) (?:role|effect|path|pathway) (?:of|via|through)|indirect (?:role|path|"
     rf"pathway) (?:of|via|through)|indirect effect (?:via|through)) {_G(1)}{_M}", {1: "m"}, 3.0),
    (rf"(?:does|do|did|is|could|can) {_M} (?:mediate|mediates|explain|explains|account for|transmit|carry)", {1: "m"}, 2.5),
    (rf"{_M} (?:mediates|mediate|mediated)\b", {1: "m"}, 2.5),
    # "split the effect into the <M> path and the direct path", "the <M> channel"
    (rf"(?:into|via|through|along|by) (?:the )?{_M} (?:path|pathway|channel|route|mechanism)\b", {1: "m"}, 3.0),
    # modifiers (CATE)
    (rf"(?:differ|differs|different|differently|difference|differences|vary|varies|varying|variation|"
     rf"heterogeneous|heterogeneity|heterogenous|heterogeneity|moderated_by|modified_by|broken_down_by|split|"
     rf"stratified|segmented|disaggregated|separately|breakdown|break down|conditional|depend|depends|dependent) "
     rf"{_G(2)}(?:by|across|between|among|amongst|for different|depending on|according to|based on|within|in each|"
     rf"over|with|on|along) {_G(2)}{_M}", {1: "g"}, 3.0),
    (rf"(?:moderated_by|modified_by|moderator|effect modifier|modifier|broken_down_by|stratify by|split by|segment by|"
     rf"subgroups of|subgroup of|segments of|subgroups by|breakdown by|break down by|break it down by|"
     rf"depending on|as a function of|varies with|vary with|varying with|differ with|differs with|"
     # ("change with the inmate's age": the units' possessive before it)
     rf"changes with|change with|interacts with|interact with|interaction with) {_G(1)}(?:'s |' )?{_M}", {1: "g"}, 3.0),
    (rf"{_M} (?:as|is) (?:a |an |the )?(?:moderator|effect modifier|modifier)", {1: "g"}, 3.0),
    (rf"(?:does|do|did|could) {_M} (?:moderate|modify|change the effect|alter the effect)", {1: "g"}, 3.0),
    # "operations done by <local surgeons>": who does it is the treatment ("by" names the agent, no subgroup)
    (rf"\b(?:{_AGENT_PARTICIPLE}) by {_M}", {1: "t"}, 2.5),
    # ("charging more per cup", "stay longer per sitting": a rate's denominator, no subgroup)
    (rf"(?:^| )(?:{_NOT_AFTER_AGENT_PARTICIPLE}by|across|(?<!more )(?<!less )(?<!longer )(?<!fewer )(?<!shorter )per|for each|for every|within each|in each|among different|between different|"
     rf"for different|in different|over different|for various|across different|for all) {_M}"
     rf"(?: (?:group|groups|segment|segments|level|levels|category|categories|band|bands|bracket|brackets|"
     rf"subgroup|subgroups|cohort|cohorts|type|types|tier|tiers|bucket|buckets|quantiles?|quartiles?|deciles?))?"
     rf"(?: |$)", {1: "g"}, 2.0),
    (rf"(?:for|among|in|between) (?:older|younger|richer|poorer|high|low|higher|lower|new|returning|"
     rf"different|various|male|female|heavy|light|frequent|occasional|small|large|big) {_G(1)}(?:and|vs|versus|or|"
     rf"compared to|compared with) {_G(2)}(?:older|younger|richer|poorer|high|low|higher|lower|new|returning|"
     rf"heavy|light|frequent|occasional|small|large|big) {_G(1)}{_M}", {1: "g"}, 2.5),
    # "are gymnasts more <flexible> after <the programme>": the state said after the cause is the outcome
    (rf"(?:more|less|better|worse|higher|lower|bigger|smaller|fewer) {_M} (?:after|following) {_G(1)}{_M}",
     {1: "y", 2: "t"}, 2.0),
    # "do troops grow <bigger> where there are more <trees>": the state of Y, then where more of X is found
    (rf"{_M} (?:where|when|if|wherever|whenever) there (?:are|is|were|was) (?:more|fewer|less|higher|lower|greater) "
     rf"{_G(1)}{_M}", {1: "y", 2: "t"}, 2.0),
    # "are red-light tours what makes guests rebook": the thing named first is what brings the outcome about
    (rf"{_M} (?:[a-z]+ )?what (?:makes|make|made|brings|bring|brought|drives|drive|gets|keeps|causes|cause|leads|"
     rf"pushes|lifts|raises|lowers|cuts) {_G(4)}{_M}", {1: "t", 2: "y"}, 2.5),
    # "how many extra <calves> survive for each extra <kilometre patrolled>": a dose and what it buys
    # ("how much longer do toys run per extra mm of spring gauge": the unit of the dose between)
    (rf"(?:(?:for|with) (?:each|every)|per) (?:extra|additional|added|more) (?:[a-z]+ of )?{_G(1)}{_M}", {1: "t"}, 3.0),
    (rf"^how (?:many|much) (?:extra|more|additional|fewer|less) {_M}", {1: "y"}, 2.5),
    # "for the families who received <preservation> services, did ...": what the units were given
    (rf"\b(?:who|that) (?:received|were given|were offered|got|joined|enrolled in|took part in) {_G(1)}{_M}",
     {1: "t"}, 2.0),
    # "does X make you less likely to <vote>", "more likely an animal is still <alive>": what grows likely is Y
    (rf"(?:more|less) likely (?:to (?:be |get |have )?|(?:that )?(?:an? |the )?[a-z]+ "
     rf"(?:is|are|will be|stays|remains|gets) (?:still )?){_M}", {1: "y"}, 2.0),
    # "for which species groups does enrichment do most for activity": the groups, the treatment, its outcome
    (rf"\b(?:for|among|in|at) (?:which|what) {_M} (?:do|does|did|would|will|is|are)\b", {1: "g"}, 2.5),
    (rf"{_M} (?:do|does|did|help|helps|work|works|matter|matters) (?:the )?(?:most|best|more) (?:for|with|on|to) "
     rf"{_G(2)}{_M}{_NOT_THE_OUTCOME}", {1: "t", 2: "y"}, 2.5),
    (rf"{_M} (?:do|does|did|help|helps|work|works|matter|matters) (?:the )?(?:most|best|more) (?:for|with|among|in) "
     rf"{_G(2)}{_M} {_G(2)}(?:when it comes to|in terms of)\b", {1: "t", 2: "g"}, 2.5),
    (rf"(?:which|what|what kind of|what kinds of|what type of|what types of) {_M} {_G(4)}(?:benefit|benefits|"
     rf"respond|responds|gain|gains|react|reacts|profit)", {1: "g"}, 2.5),
    (rf"(?:low|high|lower|higher|older|younger|different) (?:vs|versus|and|or|compared to|compared with) "
     rf"(?:low|high|lower|higher|older|younger|different) {_M}", {1: "g"}, 2.5),
]
