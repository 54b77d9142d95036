"""The words of the role patterns (`roles.py`): verbs of change, passive forms, effect nouns and the
skeleton's placeholders, written once as regex alternations."""

_M = r"<(\d+)>"
# "does X matter more for students when it comes to lapsing": the words after name the outcome, not this mention
_NOT_THE_OUTCOME = r"(?! (?:[a-z0-9'_-]+ ){0,2}(?:when it comes to|in terms of)\b)"


_G = lambda k: rf"(?:[a-z0-9'_-]+ ){{0,{k}}}"  # noqa: E731  up to k filler words
_GM = lambda k: rf"(?:(?:[a-z0-9'_-]+|<\d+>) ){{0,{k}}}"  # noqa: E731  up to k words or other variables


_CV = (
    r"(?:cause|causes|caused|affect|affects|affected|influence|influences|impact|impacts|increase|increases|"
    r"decrease|decreases|reduce|reduces|raise|raises|lower|lowers|improve|improves|boost|boosts|drive|drives|"
    r"hurt|hurts|harm|harms|help|helps|change|changes|determine|determines|shape|shapes|lead to|leads to|led to|"
    r"produce|produces|"
    r"result in|results in|contribute to|contributes to|matter for|matters for|make a difference (?:to|in|for)|"
    r"translate into|translates into|pay off in|move|moves|cut|cuts|shift|shifts|prevent|prevents|"
    r"protect against|protects against|lift|lifts|push|pushes|spur|spurs|worsen|worsens|promote|promotes|"
    r"damage|damages|alter|alters|do anything (?:for|to)|does anything (?:for|to)|do to|does to|did to|do for|does for|"
    r"did for|have an effect on|"
    r"have any effect on|has an effect on|have an impact on|has an impact on|have any impact on|"
    r"make|makes|get people to|encourage|encourages|discourage|discourages|cure|cures|bring down|brings down|"
    r"bring up|brings up|drag down|drags down|pull down|pulls down|eat into|eats into|cause higher|cause lower|"
    r"increase the|decrease the|have an influence on|exert|->|=>|causally affect|causing|affecting|influencing|"
    r"impacting|increasing|decreasing|reducing|raising|lowering|improving|boosting|driving|hurting|harming|"
    r"helping|changing|leading to|resulting in|contributing to|preventing|promoting|worsening|cutting|"
    r"making|pushing|lifting|shorten|shortens|shortened|shortening|lengthen|lengthens|extend|extends|prolong|prolongs|"
    r"delay|delays|"
    r"speed up|speeds up|slow down|slows down|curb|curbs|hasten|hastens|trigger|triggers|triggered|triggering|"
    r"responsible for|to blame for|add to|adds to|added to|take off|takes off|knock off|knocks off|"
    r"feed into|feeds into|fed into|feeding into|flow into|flows into|flowing into|carry over to|carries over to|"
    r"spill over into|spills over into|turn into|turns into|turned into|build up|builds up|hold down|holds down|"
    r"keep down|keeps down|push up|pushes up|drive up|drives up|drive down|drives down|"
    r"suppress|suppresses|dampen|dampens|weaken|weakens|strengthen|strengthens|deter|deters|erode|erodes|"
    r"inhibit|inhibits|stimulate|stimulates|depress|depresses|hinder|hinders|hamper|hampers|undermine|undermines|"
    r"enhance|enhances|diminish|diminishes|exacerbate|exacerbates|mitigate|mitigates|blunt|blunts|dull|dulls|"
    r"fill|fills|filled)"
)


# the next link of a pathway told as a story ("..., which then brings in sales"): a verb of change, or one
# that only carries the effect on ("brings in" alone is as often "introduces": "if a club brings in coaching")
_CHAIN_VERB = rf"(?:{_CV}|bring in|brings in|brought in|bring|brings|brought|fetch|fetches|fetched|earn|earns|earned)"


_PART = (r"(?:caused_by|affected_by|influenced_by|driven_by|determined_by|impacted_by|shaped_by|changed_by|"
         r"increased_by|reduced_by|boosted_by|improved_by|hurt_by|harmed_by|lowered_by|raised_by|helped_by|"
         r"damaged_by|worsened_by|promoted_by|predicted_by|altered_by)")


_EFFECT_NOUN = (r"(?:effect|effects|impact|impacts|influence|consequence|consequences|role|contribution|benefit|"
                r"benefits|return|returns|causal-effect|ate|payoff|effectiveness|efficacy|impact|ace|influence|"
                r"implications|repercussions|upshot|difference|toll)")


# up to four filler words that do not open a clause of means or reason: in "X raises Y by cutting M" and
# "X raises Y because it drives M", Y does not cause M
_NOT_MEANS = r"(?:(?!by (?:[a-z'_-]+ing\b|<)|because |since |through |via )[a-z0-9'_-]+ ){0,4}"


# a mention right after a verb of change is that verb's object ("X may lift <Y> by ..."), not the subject
# of a pathway story
# verbs whose object is whom the cause harms or helps ("hurts the birds by causing ...")
HARM_HELP_VERBS = frozenset("hurt hurts harm harms damage damages help helps protect protects benefit benefits".split())
CHANGE_VERBS = ("raise", "raises", "lift", "lifts", "boost", "boosts", "improve", "improves", "increase", "increases", "cut",
                "cuts", "reduce", "reduces", "lower", "lowers", "affect", "affects", "drive", "drives", "change", "changes")
_NOT_OBJECT = "".join(rf"(?<!\b{v} )" for v in (*CHANGE_VERBS, *sorted(HARM_HELP_VERBS)))


# a verb that states a goal for the outcome after "to" / "that": "target X to cut Y", "install X to max Y"
_GOAL_VERB = r"(?:maximi[sz]e|minimi[sz]e|optimi[sz]e|max|improve|increase|reduce|lower|raise|boost|cut|decrease)"


# a level of the outcome said before it ("is the lower <y> at sites with <t> causal")
_LEVEL_SAID = r"(?:lower|higher|bigger|smaller|better|worse|greater|larger|reduced|increased|improved)"


# participles whose "by" names who acted ("done by", "delivered by"), not a subgroup to split by
_AGENT_PARTICIPLE = "done|performed|delivered|taught|led|run|made|carried out|handled|operated|staffed|conducted|given"
_NOT_AFTER_AGENT_PARTICIPLE = "".join(rf"(?<!{p} )" for p in _AGENT_PARTICIPLE.split("|"))


# a unit gaining from the treatment ("which households gain most ... from", "benefits most from")
_GAIN = "gain|gains|gained|benefit|benefits|benefited|benefitted"
# an adverb of degree between a verb and its preposition ("responds most to")
_DEGREE = "(?:most|more|best|least|less|strongly|well|better|worst|quickest|fastest|at all)"
