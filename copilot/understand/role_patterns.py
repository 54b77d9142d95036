"""The role patterns over the skeleton (`roles.role_votes` applies them): a regex over the skeleton's
words and `<k>` mentions, the role each of its groups votes for, and the vote's weight."""

from __future__ import annotations

import re

from copilot.understand.role_patterns_counterfactual import _COUNTERFACTUAL_PATTERNS
from copilot.understand.role_patterns_difference import _DIFFERENCE_PATTERNS
from copilot.understand.role_patterns_mediator_group import _MEDIATOR_AND_GROUP_PATTERNS
from copilot.understand.role_words import (_CHAIN_VERB, _CV, _DEGREE, _EFFECT_NOUN, _G, _GAIN, _GM, _GOAL_VERB,
                                           _LEVEL_SAID, _M, _NOT_MEANS, _NOT_OBJECT, _NOT_THE_OUTCOME, _PART)


# "the feeder upgrade raises throughput, which in turn lowers energy per bale": the object of the first link of
# a chain is the step between, not the outcome
_NOT_FIRST_LINK = r"(?! ,? ?which (?:then|in turn) )"
_NOT_AT = r"(?! (?:is|are|was|were|=|equals) cond\b)"  # "when <rain> is cond": a variable at a value, no cause

# a goal verb's stem, before "-ing" or "-e" ("policy for reducing refusals", "a rule to lower costs")
_GOAL_STEM = r"(?:maximi[sz]|minimi[sz]|optimi[sz]|improv|increas|reduc|lower|rais|boost|cutt|decreas|curb|lift)"

# a subject after "how often / much ..." tells the outcome as a how-clause, no policy's "they get X"
_NO_HOW = "".join(rf"(?<!how {w} )" for w in ("often", "much", "many", "long", "likely", "soon"))

# (regex, {group index -> role}, weight).  Roles: t, y, m, g.
_ROLE_PATTERNS: list[tuple[str, dict[int, str], float]] = [
    (rf"{_EFFECT_NOUN} (?:of|from) {_G(3)}{_M} {_G(4)}(?:on|upon|for|in|to|towards|regarding) {_G(3)}{_M}", {1: "t", 2: "y"}, 3.0),
    (rf"{_M} (?:'s |' )?{_EFFECT_NOUN} (?:on|upon|for|in) {_G(3)}{_M}", {1: "t", 2: "y"}, 3.0),  # "`grafter_years`' effect"
    (rf"{_M} (?:'s |' ){_EFFECT_NOUN} (?:on|upon)\b", {1: "t"}, 2.6),  # "line speed's effect on returns" (words no name)
    # "the effect on profit of raising the ticket price": the outcome first, then what acts on it
    (rf"{_EFFECT_NOUN} (?:on|upon) {_G(2)}{_M} (?:of|from) {_G(3)}{_M}", {1: "y", 2: "t"}, 3.0),
    # "the effect of the stipend on how often they go to the gym": the outcome told as a how-clause
    (rf"{_EFFECT_NOUN} (?:of|from) {_G(3)}{_M} {_G(2)}(?:on|upon) how (?:often|much|many|long|likely|far|fast|quickly|"
     rf"soon|well) {_G(5)}{_M}", {1: "t", 2: "y"}, 3.0),
    # "does azathioprine keep patients out of hospital": the units kept out of the outcome by the treatment
    (rf"{_M} {_G(1)}(?:keep|keeps|kept|keeping) {_G(2)}out of {_G(2)}{_M}", {1: "t", 2: "y"}, 2.5),
    # "crew size effect on catch" (CREW_N): one word of the treatment's name the match left out
    (rf"{_M} (?!(?:and|or|vs|of|on|to|the|a|an|no|any|has|had|have|is|was) )[a-z]+ {_EFFECT_NOUN} (?:on|upon) {_G(3)}{_M}",
     {1: "t", 2: "y"}, 2.0),
    # "is the lower <y> at sites with <t> causal": a level of Y among the units that have X (its window
    # between: "the lower 30-day <y>")
    (rf"\b{_LEVEL_SAID} (?:\d+-[a-z]+ )?{_M} (?:at|among|in|for|on) (?:the )?(?:[a-z]+|<\d+>) "
     rf"(?:with|that have|that has|that had|who have|who had|that use|using|on) {_G(1)}{_M}", {1: "y", 2: "t"}, 3.0),
    # "is <y> higher for populations with larger <x>", "is <y> lower for foxes <seized from the trade>": the
    # units compared by what they have or had done to them
    (rf"{_M} {_G(3)}{_LEVEL_SAID} (?:at|among|in|for|on) (?:the |those )?(?:[a-z]+|<\d+>) (?:with|that have|that has|"
     rf"that had|who have|who had|having) (?:(?:more|larger|bigger|higher|fewer|smaller|lower|less|longer|shorter|"
     rf"greater|wider|deeper|older|younger) )?{_G(1)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"{_M} {_G(3)}{_LEVEL_SAID} (?:for|among|in) (?:the |those )?[a-z]+ {_M}", {1: "y", 2: "t"}, 2.7),
    # "is hatching (hatch_sr) lower on hotter sand": Y's level where X is more or less
    # (not the units described after it: "is <y> higher for <farms> with larger <herds>")
    (rf"(?:^|[,;.?] )(?:is|are|was|were) {_M} {_G(2)}{_LEVEL_SAID} (?:on|in|at|under|with) (?:the |those )?"
     rf"(?:[a-z]{{3,}}er |more |less )?{_M}(?! (?:with|that|who|which|where|having)\b)", {1: "y", 2: "t"}, 3.0),
    # "is the higher <y> on <coop> farms real": the units named by the treatment they have
    (rf"\b{_LEVEL_SAID} {_M} (?:at|among|in|for|on) {_M} [a-z]+s\b", {1: "y", 2: "t"}, 3.0),
    # "is the drop in MIDAS with botox real": a change in Y that comes with X
    (rf"\b(?:drop|fall|rise|increase|decrease|reduction|improvement|gain|jump|dip|decline|boost|lift|spike) in "
     rf"{_G(1)}{_M} (?:with|on|(?:in|at|among|for)(?: the)?(?= <\d+> [a-z]+s\b)) {_G(1)}{_M}", {1: "y", 2: "t"}, 2.5),
    # "the biggest drop in scc_fu from teat dipping", "a rise in sales after the campaign", "the hit to bookings
    # from a price rise": change in Y, from X
    (rf"(?:drop|drops|decrease|decreases|reduction|reductions|fall|falls|decline|declines|increase|increases|rise|"
     rf"rises|gain|gains|improvement|improvements|change|changes|boost|boosts|jump|jumps|lift|uplift|cut|cuts|hit|bump) "
     rf"(?:in|to) {_G(2)}{_M} {_G(2)}(?:from|due to|caused by|because of|after|thanks to) {_G(3)}{_M}", {1: "y", 2: "t"}, 3.0),
    # "is the extra annual revenue from underwater stunts real": more of Y, and what it comes from
    (rf"\b(?:extra|additional|added|higher|greater|bigger|increased) {_G(2)}{_M} {_G(1)}(?:from|due to|thanks to|"
     rf"because of) {_G(2)}{_M}", {1: "y", 2: "t"}, 2.8),
    # "whose 1000 m time improves most with more training sessions": Y's change, with more of X
    (rf"{_M} (?:improves|improve|rises|rise|grows|grow|increases|increase|drops|drop|falls|fall|changes|change) "
     rf"(?:the )?most with (?:more |extra |additional |longer |higher |fewer |less )?{_G(2)}{_M}", {1: "y", 2: "t"}, 2.8),
    # "which households gain most in diet quality from the class", "hosts who gain the most occupancy from photos"
    (rf"(?:{_GAIN}) {_G(3)}{_M} {_G(2)}from {_G(3)}{_M}", {1: "y", 2: "t"}, 3.0),
    # "whose grip strength benefits most from X", "who benefits most from X": the benefit comes from the treatment
    # (weaker than "in terms of Y"; "which callers benefit most" names the units, not the outcome)
    (rf"(?<!which )(?<!whose )(?<!what ){_M} (?:{_GAIN}|improve|improves|improved) (?:the )?most from "
     rf"{_G(2)}{_M}", {1: "y", 2: "t"}, 1.5),
    (rf"(?:{_GAIN}|profit|profits) "
     rf"(?:the )?(?:most |least |more |less )?from {_G(2)}{_M}", {1: "t"}, 2.6),
    # "the injury risk reduction from the warm-up", "the revenue uplift due to X": Y's change, then its cause
    (rf"{_M} {_G(1)}(?:reduction|reductions|drop|drops|decrease|increase|rise|gain|gains|improvement|change|boost|lift|"
     rf"uplift|saving|savings|bump|bumps|jump|jumps|uptick|spike|dip|decline|fall) "
     rf"(?:from|due to|caused by|because of|thanks to) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.5),
    # "the best fertiliser allocation rule for price": the action the rule allocates, and the goal it is for
    (rf"{_M} (?:allocation|targeting|assignment|rollout|roll-out|treatment) (?:rule|rules|policy|policies) "
     rf"(?:for|that maximi[sz]es|that minimi[sz]es|to maximi[sz]e|to minimi[sz]e) {_G(1)}{_M}", {1: "t", 2: "y"}, 3.0),
    (rf"(?:optimal|optimum|best|ideal) {_M} (?:rule|rules|policy|policies) (?:for|to maximi[sz]e|to minimi[sz]e) "
     rf"{_G(1)}{_M}", {1: "t", 2: "y"}, 3.0),  # "optimal pruning frequency policy for brix"
    # "how much did Y change because of it": "it" is the treatment named before; Y the outcome
    (rf"{_M} {_G(5)}(?:because of|due to|as a result of) (?:it|this|that|them)\b", {1: "y"}, 2.4),
    # "for patients on X, what did it do to their Y?": "it" is the treatment named before; Y is the outcome
    (rf"(?:did|does|do|would|will|could|might) (?:it|they|this|that) (?:do|have done) (?:to|for) {_G(3)}{_M}", {1: "y"}, 2.0),
    # "what did lighting do for the parks that installed it, in terms of weekend visits?": what was done is
    # the treatment (the outcome told elsewhere)
    (rf"\bwhat (?:did|does|do|would|will|could|might|can) {_G(2)}{_M} (?:do|have done)\b(?! to\b)", {1: "t"}, 2.0),
    # "how many falls did the exercise class prevent": the count is of the outcome the treatment moved
    (rf"how (?:many |much )?{_G(3)}{_M} {_G(4)}(?:did|does|do|would|will|could|can) {_G(2)}{_M} {_G(2)}(?:save|prevent|avoid|"
     rf"add|cut|reduce|cause|gain|lose|generate|create|avert|spare|bring|yield|earn|produce|deliver|raise|lift|"
     rf"boost|win|shave|knock|take off|takes off|took off)\w*", {1: "y", 2: "t"}, 2.5),
    # (not a comparative: "is <y> lower when villages are <x>", "<y> higher than after <x>")
    # ("is <y> lower on <hotter sand>": "lower" before a place or group is the level of Y, not a verb)
    # ("are <y> hurt less when they <x>": a participle of Y's state before a when-clause, not a verb of effect)
    # ("how its effect on <y> changes with <age>": a verb followed by "with" says what moves together, not
    # that <y> acts on the next variable)
    (rf"{_M} {_NOT_MEANS}{_CV}(?! by)(?! with\b)"
     rf"(?! (?:(?:less|more) )?(?:when|whenever|if|once|than|after|where|because)\b)"
     rf"(?!(?<=lower) (?:on|in|at|for|among|under|with) (?!-)) {_G(3)}{_M}{_NOT_FIRST_LINK}", {1: "t", 2: "y"}, 2.5),
    # "for the farms that don't use <X>, what would switching to one do to <Y>": units that lack X, asked what
    # taking it up would do: the anaphor is the treatment
    (rf"(?:without|lacking|(?:don't|doesn't|didn't|do not|does not|did not|never) (?:use|have|run|offer|own|had|used|ran)) "
     rf"{_M} (?:, )?{_G(3)}(?:switching to|moving to|adding|starting|introducing|installing|adopting|getting|using|"
     rf"launching|running|having|joining|offering|taking up|building|"
     # ("... at nurseries without grow lights if they installed them?")
     rf"installed|opened|added|started|introduced|adopted|got|used|launched|joined|offered|took up|built|bought|"
     rf"switched to|moved to) (?:it|one|them)\b", {1: "t"}, 3.0),
    # "does joining <X> get farmers a better <Y>": what the units get from the treatment is the outcome
    (rf"{_M} (?:get|gets|got|earn|earns|earned|win|wins|won) (?:[a-z]+ ){{0,2}}(?:an? )?(?:better|higher|lower|bigger|"
     rf"larger|smaller|more|fewer|less|shorter|longer) {_G(1)}{_M}", {1: "t", 2: "y"}, 2.6),
    # "for learners who did <X>, how much did it raise their <Y>?": "it" (or "the switch", for units that switched to
    # X) takes up the treatment named before
    (rf"{_M} ?,? (?:(?!because |since |as |by )[a-z']+ ){{0,3}}?(?:it|this|(?:the )?(?:switch|move|upgrade)) {_CV} (?:(?!if |when |after |once |as )[a-z0-9'_-]+ ){{0,3}}{_M}"
     rf"{_NOT_FIRST_LINK}", {1: "t", 2: "y"}, 2.0),
    (rf"{_M} {_G(5)}{_PART} {_G(3)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"because {_G(1)}{_M} {_CV} {_G(2)}{_M}", {2: "m"}, 3.0),
    (rf"regress(?:ing|ion of)? {_M} (?:on|against) {_G(1)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"{_M} (?:~|regressed (?:causally )?on|as (?:a )?function of|explained_by|modell?ed on) {_G(1)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"{_M} {_G(2)}(?:does|do|did|can|could|would|will|is|are) {_G(3)}{_M} {_G(2)}{_CV} (?:it|them|this|that)\b", {1: "y", 2: "t"}, 3.0),
    (rf"{_M} {_G(5)}(?:it|they|this) {_G(3)}(?:if|when|after|once) {_G(4)}{_M}", {1: "y", 2: "t"}, 2.8),
    # a goal (not the decision's own verb: "where to stop fertilising to get more Y")
    (rf"(?<!^where )(?<!^when )(?<!^whether )to (?:maximi[sz]e|minimi[sz]e|optimi[sz]e|improve|increase|reduce|lower|"
     rf"raise|boost|cut|decrease|push down|bring down|drive down|keep down|push up|grow|prevent|preserve|shorten|lift|max|"
     rf"avoid|avert|stop) {_G(2)}{_M}", {1: "y"}, 2.5),
    # "find the farms where dropping it would lower <y>": what the action would do, said of "it"
    (rf"\b(?:it|they|this|that) (?:would|will|could|might) (?:\w+ )?(?:lower|raise|reduce|cut|increase|improve|boost|"
     rf"shorten|lift|decrease) {_G(2)}{_M}", {1: "y"}, 2.5),
    # "so as to keep <y> down", "in order to get <y> up": the goal's variable between a verb and its particle
    (rf"to (?:keep|get|push|bring|drive|hold) {_G(3)}{_M} (?:down|up|low|high|lower|higher)\b", {1: "y"}, 2.5),
    # "how many flight shows should each sanctuary run to keep stress low": the amount the rule sets
    (rf"how (?:many|much|often|long) (?:more |fewer |less )?{_M} (?:should|ought to) {_G(6)}(?:to|so as to|in order to) "
     rf"(?:keep|get|{_GOAL_VERB})\b", {1: "t"}, 2.6),
    # a goal verb names the outcome with or without "to": "a rule that minimises Y", "maximising Y"
    (rf"(?:maximi[sz](?:es|ing)|minimi[sz](?:es|ing)|optimi[sz](?:es|ing)) {_G(2)}{_M}", {1: "y"}, 2.5),
    # "allocation rule X, min Y", "rule -> maximise Y": a goal word opening a terse clause names the outcome
    (rf"(?:^|, |; |-> |→ |: |\band |\bthen )(?:min|max|minimi[sz]e|maximi[sz]e|optimi[sz]e) {_M}", {1: "y"}, 2.5),
    # "who should polish, target margin_pct": a closing "target Y" after the action names the goal
    (rf"(?:, |; )target {_M} ?[?.!]?$", {1: "y"}, 2.5),
    # "who to compost? targeting rule for Y": the act asked first, then the rule's goal
    (rf"\bwho (?:to|should (?:we|i)) {_M} ?[?:,]? (?:a |the )?(?:[a-z]+ )?(?:rule|policy) (?:for|on) {_G(2)}{_M}",
     {1: "t", 2: "y"}, 2.8),
    # "a treatment rule for X", "targeting policy over X": the action the rule assigns (not its goal: "clicker policy for
    # reducing refusals")
    (rf"(?:rule|policy|policies|rules) (?:for|over|on|about) (?!{_GOAL_STEM}ing\b){_G(2)}{_M}", {1: "t"}, 2.6),
    # "clicker policy for reducing refusals": the action names the policy, its goal follows
    (rf"{_M} (?:policy|rule) (?:for|to) (?:{_GOAL_STEM}(?:ing|e)) {_G(2)}{_M}", {1: "t", 2: "y"}, 2.8),
    # "target X to cut Y", "install X to max Y": the action, when a goal follows
    (rf"(?:target|install|deploy|assign|roll out|switch on|turn on|defaulted into|default into|put into|"
     rf"nudged into|moved onto|moved into) {_G(2)}{_M} {_G(3)}(?:to|so as to|in order to|that|which) {_GOAL_VERB}",
     {1: "t"}, 2.7),
    # "should we push 90-minute sessions to everyone or only some members": the action weighed for all units or some
    (rf"(?:push|roll out|extend|offer|give|provide) {_G(2)}{_M} (?:to|for) (?:everyone|everybody|all|every)\b",
     {1: "t"}, 2.7),
    # "who should be told to cut back X to avoid Y": the action asked of the units, then its goal
    (rf"(?:told|asked|advised|encouraged|nudged|urged|pushed|made|helped) to {_G(2)}{_M} {_G(2)}(?:to|so as to|in order to) "
     rf"(?:avoid|avert|prevent|stop|{_GOAL_VERB}) {_G(2)}{_M}", {1: "t", 2: "y"}, 2.8),
    # "target X to / at the students whose ...": X is the action given to units
    (rf"target {_G(1)}{_M} (?:to|at|towards|on) (?:the |those |these )?[a-z]+ (?:who|who'll|who'd|whose|that|which|with|where|most)\b",
     {1: "t"}, 2.7),
    # "Target tunnel hours to the jumpers where ...": the units named after "to" are no variable given
    (rf"^target {_G(1)}{_M} (?:to|at|towards) (?:the |those |these )?{_M} (?:who|who'll|who'd|whose|that|which|with|where|"
     rf"most)\b", {1: "t"}, 2.7),
    # policy wording: who should get X / be enrolled in X / is it worth giving X ... so that Y falls / goal: Y
    # (not the goal's verb: "if we want to carry the most passengers")
    # (not the outcome told as a how-clause: "affect how often they get unhorsed")
    (rf"(?:should|would|could|{_NO_HOW}(?:we|they)) {_G(4)}(?<!want to )(?<!wants to )(?:get(?! (?:the )?(?:most|best|biggest|largest|highest|lowest|"
     rf"greatest|more|less|fewest|least)\b)|receive|be given|be offered|be enrolled in|enrolled in|"
     rf"enroll in|enrol in|be put on|put on|be prescribed|be started on|started on|be referred to|referred to|"
     rf"be assigned|be sent|be placed in|placed in|be treated with|be targeted with|targeted with|target with|carry|adopt|use|"
     rf"be prioriti[sz]ed for|prioriti[sz]ed for|prioriti[sz]e for|steer(?:ed)? (?:into|towards|onto)|"
     rf"nudge(?:d)? (?:into|towards?|onto)|sign(?:ed)? up for|switch(?:ed)? to|be switched to|be moved to|"
     rf"move(?:d)? to|(?:stop|stop using|drop|give up|start|start using)(?! (?:in|of|at|to|from|by|off)\b)) "
     rf"(?!(?:to|in order to|so as to) (?:{_GOAL_VERB}|keep|push|bring|drive|hold)\b)(?!(?:it |them |one )?so\b)"
     # (not a goal: "be assigned to maximise Y", "get to bring Y down", "get it so that Y rises")
     rf"{_G(2)}{_M}", {1: "t"}, 2.6),
    # "a rule for how long to head-start hatchlings": the action whose amount the rule sets
    (rf"\b(?:rule|policy|plan|decide|choose|set) (?:for )?how (?:long|much|often|many|far) (?:to|we should|should we) "
     rf"{_M}", {1: "t"}, 2.6),
    # "prioritise corridors for easements to maximise ...": the units, then what they are prioritised for
    (rf"prioriti[sz]e (?:the |which )?(?:<\d+>|[a-z]+) for (?:the |a |an )?{_M}", {1: "t"}, 2.6),
    # "does putting the shells through the kiln ...": what they are put through is the act
    (rf"\b(?:putting|puts|put|passing|running|sending|feeding) <\d+> through {_M}", {1: "t"}, 2.6),
    (rf"get (?:the )?(?:most|best|biggest|largest|highest|greatest|lowest|fewest)(?! out of) {_G(3)}{_M}", {1: "y"}, 2.6),
    (rf"(?:get|gets|gain|gains) (?:the )?most out of {_G(2)}{_M}", {1: "t"}, 2.6),
    (rf"worth (?:giving|offering|paying for|enrolling \w+ in|enrolling|rolling out|running|adding|prescribing|"
     rf"buying|providing|imposing|sending|deploying|expanding) {_G(2)}{_M}", {1: "t"}, 2.6),
    (rf"{_M} (?:be |is |are )?(?:imposed|rolled out|given|offered|added|prescribed|provided|deployed|expanded) "
     rf"(?:on|to|for|in|everywhere|across)\b", {1: "t"}, 2.4),
    (rf"(?:goal|objective|aim|kpi|what we care about|we care about|care about|judged by|measured by) "
     rf"(?:is |was |:|= )?(?:to )?{_G(2)}{_M}", {1: "y"}, 2.6),
    (rf"(?:so that|so|such that) {_G(3)}{_M} {_G(2)}(?:fall|falls|drop|drops|rise|rises|go down|goes down|go up|"
     rf"goes up|improve|improves|increase|increases|decrease|decreases|grow|grows|shrink|shrinks|is maximi[sz]ed|"
     rf"is minimi[sz]ed|are maximi[sz]ed|are minimi[sz]ed|is as low|is as high|are as low|are as high|gets? better|"
     rf"improves? most|goes? down|is lowest|is highest)", {1: "y"}, 2.6),
    (rf"(?:so that|so|such that) (?:fewer|more|less) {_G(1)}{_M}", {1: "y"}, 2.6),  # "... so that fewer drop out"
    # "if we want the fewest Y", "aiming at higher Y", "with the most Y as the goal": a goal said as an amount
    # ("if we want to carry the most passengers": the goal's verb between)
    (rf"(?:want|wants|wanted|aim for|aiming for|aim at|aiming at|aimed at|hope for|hoping for|go for|going for) "
     rf"(?:to [a-z]+ )?(?:the )?(?:most|fewest|least|highest|lowest|biggest|largest|smallest|best|more|fewer|less|higher|lower|"
     rf"bigger|larger|smaller|better|greater|greatest) {_G(1)}{_M}", {1: "y"}, 2.6),
    # "if we want more of them to renew": the goal
    (rf"(?:want|wants|hope|hoping) (?:more|fewer) (?:of (?:them|those) )?to {_G(2)}{_M}", {1: "y"}, 2.6),
    (rf"(?:want|wants|hope|hoping|need) {_G(2)}{_M} (?:to )?(?:down|up|low|high|lower|higher|fall|rise|reduced|"
     rf"increased|improved|minimi[sz]ed|maximi[sz]ed)\b", {1: "y"}, 2.6),
    (rf"{_NOT_OBJECT}{_M} {_G(1)}by {_G(2)}{_M} ?,? which (?:then |in turn )?{_CHAIN_VERB} {_G(2)}{_M}", {1: "t", 2: "m", 3: "y"}, 3.5),
    # "X is meant to work through more M trips, which then cut Y": the story of a pathway
    (rf"{_NOT_OBJECT}{_M} {_G(5)}(?:by|through|via) {_G(8)}{_M}(?: <\d+>)? {_G(2)}(?:, )?which (?:then |in turn )?{_CHAIN_VERB} "
     rf"{_G(2)}{_M}", {1: "t", 2: "m", 3: "y"}, 3.4),
    # "does X cut M and thereby raise Y": the chain told as one sentence, the first object the mediator
    (rf"{_M} {_G(2)}{_CV} {_G(2)}{_M} (?:, )?(?:and )?(?:thereby|thus|in turn|so|hence|through that|that way) {_G(1)}{_CV} "
     rf"{_G(2)}{_M}", {1: "t", 2: "m", 3: "y"}, 3.0),
    # "X triggers more M visits, which then lower Y": a chain told in order, the middle link the mediator
    (rf"{_NOT_OBJECT}{_M} {_G(5)}(?:, )?{_CV} {_G(2)}{_M} {_G(2)}(?:, )?which (?:then |in turn )?{_CV} {_G(2)}{_M}",
     {1: "t", 2: "m", 3: "y"}, 2.8),
    # "work by letting farmers buy M, which then lifts Y" (the treatment named elsewhere): the next link is the outcome
    (rf"(?:by|through|via) {_G(8)}{_M} ?,? which (?:then |in turn )?{_CHAIN_VERB} {_G(2)}{_M}", {2: "y"}, 2.6),
    # "kits help because students practise more hours a week, which then improves accuracy": the same story after
    # "X helps / works because" (not "does X reduce Y because it raises M, which then changes behaviour": Y said first)
    (rf"^{_M} (?:help|helps|helped|work|works|worked) because {_G(5)}{_M} ?,? which (?:then |in turn )?{_CHAIN_VERB} "
     rf"{_G(2)}{_M}", {1: "t", 2: "m", 3: "y"}, 2.6),
    # "X helps firms cut M, and that is what raises Y": the last link of a story told in order is the outcome
    (rf", (?:and |which )?(?:that |this |it )?(?:is|'s) what (?:then |in turn )?{_CHAIN_VERB} {_G(2)}{_M}", {1: "y"}, 2.6),
    # "Community mobilisation works by getting households to ...": what works by a mechanism is the treatment
    (rf"(?:^|[.?!;] ){_M} (?:is thought to |seems to |is meant to |may |might |should )?"
     rf"(?:works?|acts?|operates?) by\b", {1: "t"}, 2.5),
    # "how much of the loan's effect runs through M": the effect's owner is the treatment
    (rf"{_M} (?:'s |' ){_EFFECT_NOUN} {_G(1)}(?:runs?|goes|go|flows?|pass|passes|works?|travels?) (?:through|via) {_G(2)}{_M}",
     {1: "t"}, 3.0),
    # "X lets light in, which raises M, which then earns a better Y": two links, each told in a "which" clause (the
    # first may say what it means: "makers get the fit right, which means fewer M, which then lifts Y")
    (rf"{_NOT_OBJECT}{_M} {_GM(5)}, which (?:{_CV}|means|meant) {_G(2)}{_M} {_G(2)}, which (?:then |in turn )?{_CHAIN_VERB} "
     rf"{_G(2)}{_M}", {1: "t", 2: "m", 3: "y"}, 3.0),
    # "X may lift Y by building M, which then raises Y": the story told from the outcome the treatment moves
    (rf"{_M} {_G(2)}{_CV} {_G(2)}{_M} {_G(1)}(?:by|through|via) {_G(3)}{_M} ?,? which (?:then |in turn )?{_CV} {_G(2)}{_M}",
     {1: "t", 2: "y", 3: "m", 4: "y"}, 3.5),
    # "do titles that get a TV series see more fan posts", "end up with better reviews", "end up selling more
    # cones": what the units are said to see or end up with is the outcome
    (rf"\b(?:see|sees|saw|end up|ends up|ended up)(?: with| \w+ing)? (?:more|fewer|less|higher|lower|better|worse|"
     rf"bigger|smaller) {_G(1)}{_M}", {1: "y"}, 2.4),
    # "does a live guitarist keep students from quitting", "stop patients from relapsing": what the units are
    # kept from is the outcome
    (rf"\b(?:keep|keeps|kept|keeping|stop|stops|stopped|prevent|prevents|prevented) {_GM(2)}from {_G(1)}{_M}", {1: "y"}, 2.4),
    # "does more canopy cover mean fewer thrips": what the treatment is said to mean is the outcome
    (rf"(?:mean|means|meant) (?:fewer|more|less|higher|lower|better|worse|bigger|smaller|longer|shorter|faster|"
     rf"slower) {_G(2)}{_M}", {1: "y"}, 2.4),
    # "does wider spacing between trees give a larger heartwood fraction": the one variable gives the other
    # (a comparative before the outcome may be inside its name: "a larger heartwood fraction (HEARTWOOD_FRAC)";
    # not "which stores should we give ...": a policy's units)
    (rf"\b(?:does|do|did|will|would|can|could|might) (?:[a-z-]+ ){{0,2}}{_M} (?:(?!should |to |we |us )[a-z0-9'_-]+ ){{0,3}}"
     rf"(?:give|gives|gave|bring|brings|brought) "  # ("give forecasters more warning time": who gets it, then Y)
     rf"(?:(?:[a-z]+ )?(?:fewer|more|less|higher|lower|better|worse|bigger|larger|greater|smaller|longer|shorter) )?{_G(1)}{_M}",
     {1: "t", 2: "y"}, 2.4),
    # "are 90-day admissions really lower for hot-meal clients": the quantity compared across the group is the outcome
    (rf"^(?:is|are|was|were) {_G(2)}{_M} (?:really |actually |truly )?(?:higher|lower|bigger|smaller|larger|greater|"
     rf"better|worse|more|fewer|less) (?:for|among|in|with|at) (?:[a-z'-]+ )?cond\b", {1: "y"}, 2.5),
    # "on the farms that used the supplement": what the units took up is the treatment (the skeleton drops "that")
    (rf"\b[a-z]{{3,}}s (?:that |who |which )?(?:used|received|got|took|adopted|installed|joined) {_G(1)}{_M}",
     {1: "t"}, 1.0),
    # "would they have had fewer Y had they enrolled": the counterfactual's condition is the treatment
    (rf"\bhad (?:they|he|she|we|you|it|i|those|these) (?:not |never )?(?:been )?{_G(1)}{_M}", {1: "t"}, 2.6),
    # "are deals won because a champion was identified": Y, because X (not "because it drives M")
    # ("are complaints within 90 days lower because ...": a time and a comparative may stand between)
    (rf"{_M} {_G(4)}because (?!it |they |this |that )(?:[a-z'-]+ ){{0,2}}{_M}(?! {_G(2)}{_CV})", {1: "y", 2: "t"}, 2.2),
    # ("no-show rates respond most to SMS reminders": an adverb of degree may stand before the preposition)
    # (not "which device types respond best to": the groups, not the outcome)
    (rf"(?<!which )(?<!what ){_M} {_G(2)}(?:depend|depends|dependent|rely|relies|respond|responds|react|reacts|sensitive|"
     rf"responsive) (?:{_DEGREE} )?(?:on|to|upon) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.5),
    (rf"{_M} {_G(4)}(?:because of|due to|as a result of|thanks to|attributable to|in response to|result of|"
     rf"caused_by|following|consequence of|consequences of|side effect of|by-product of|byproduct of) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.5),
    (rf"what_happens to {_G(2)}{_M} {_G(6)}(?:if|when|after|once|as|with) {_G(6)}{_M}", {1: "y", 2: "t"}, 3.0),
    # "allocate drip lines to the farms where they raise income most": what is allocated, then the goal
    (rf"\ballocat[a-z]* {_G(2)}{_M} [^<>]{{0,30}}?\bto (?:the |which )?[a-z-]+ (?:where|who|that|whose)\b[^<>]{{0,40}}?{_M}",
     {1: "t", 2: "y"}, 3.0),
    # "for producers who pound in a marble mortar, what's the effect of doing so on the price": what they do,
    # said back by "doing so", is the treatment
    (rf"{_M} [^<>]{{0,40}}?(?:effect|effects|impact) of doing (?:so|that|this|it) on {_G(2)}{_M}", {1: "t", 2: "y"}, 2.5),
    # "impact of <x> on whether mothers go back to work (<y>), controlling for ...": the clause ends at Y
    (rf"(?:on|upon) whether {_GM(6)}(?<!> ){_M}(?= ?[,.?!;]| ?$| (?:controlling|adjusting|holding|"
     rf"among|for|when|if)\b)", {1: "y"}, 3.5),
    # "the revenue effect (REV_Y2) of an online shop", "the kidney effect of nsaids": the outcome names the effect
    (rf"{_M} (?:<\d+> )?(?:effect|effects|impact|gain|gains|lift|benefit|response|boost|uplift|savings|premium|"
     rf"penalty|increase|reduction) (?:<\d+> )?(?:of|from) {_G(2)}{_M}"
     rf"(?! {_GM(3)}(?:on|upon|for|in terms of) )", {1: "y", 2: "t"}, 3.0),
    # "for learners who did <x>, how much did it raise their <y>": what "it" moved is the outcome
    (rf"(?:did|does|do|would|will|could) (?:it|they|this|that) (?:raise|lower|cut|reduce|increase|improve|boost|lift|"
     rf"change|shift|drop|decrease|shorten|lengthen) {_G(2)}{_M}", {1: "y"}, 2.0),
    # "how much does the add-on extend <pfs>": a subject the data has no column for, then a causal verb
    (rf"(?:does|do|did|would|will|can|could) (?!(?:it|they|this|that|we|you|i|he|she|not)\b)[a-z'-]+ {_CV} "
     rf"(?:(?!if |when |once |after )[a-z0-9'_-]+ ){{0,2}}{_M}", {1: "y"}, 1.0),
    # "how many 3-year <leak claims> did it prevent": what the treatment prevented or added is the outcome
    (rf"how many {_G(2)}{_M} {_G(4)}(?:did|does|do|would|will|could|can|were|was|have been|has been) {_G(2)}(?:prevent|avert|"
     rf"save|avoid|cause|add|cut|reduce|create|generate|prevented|averted|saved|avoided|caused|added|created)\b",
     {1: "y"}, 2.0),
    # "what would <y> be a year on if every house had <x>": the counterfactual level of Y under X
    (rf"what (?:would|will) {_G(1)}{_M} {_G(4)}(?:be|look like|become|have been) {_G(4)}(?:if|had|were) "
     rf"{_GM(8)}{_M}"
     rf"(?= ?[?.!]| ?$)",
     {1: "y", 2: "t"}, 3.0),
    (rf"(?:if|when|after|once|suppose|imagine) {_G(6)}{_M} {_G(8)}what_happens to {_G(2)}{_M}", {1: "t", 2: "y"}, 3.0),
    # "who gets a raise -> staffTurnover12m": the variable an arrow ends the question on is the outcome
    (rf"(?:->|=>) {_G(2)}{_M}(?= ?[?.!]? ?$)", {1: "y"}, 1.5),
    # "if a workshop charged more per instrument, what would happen to its sales": what happens to is the outcome
    (rf"what_happens to {_G(2)}{_M}", {1: "y"}, 1.5),
    # (not "when rainfall is 10mm, do horses ...": a variable at a value is where the effect is asked, no cause)
    (rf"(?:if|when|after|once|suppose|imagine) {_G(6)}{_M}{_NOT_AT} {_G(3)}, {_G(6)}{_M}", {1: "t", 2: "y"}, 1.8),
    (rf"(?:if|when|once|after|suppose) (?:\S+ ){{0,6}}?{_M}{_NOT_AT} {_G(4)}(?:, )?(?:would|will|does|do|did|could|might|is|are|can) "
     rf"{_G(2)}{_M}", {1: "t", 2: "y"}, 2.2),
    (rf"(?:would|will|does|do|did|could|might|can|is|are|was|were|how|how much) {_G(2)}{_M} {_G(4)}"
     rf"(?:go up|go down|rise|fall|drop|increase|decrease|improve|change|get better|get worse|decline|grow|"
     rf"shrink|respond|be higher|be lower|be different|higher|lower|better|worse|more|less|increased|"
     rf"decreased|improved|changed|lowered|reduced|raised|boosted|worsened|cut|shortened|lengthened|"
     rf"budge|move|differ|different|go|react|shift) {_G(5)}"
     rf"(?:if|when|with|after|once|under|given|for|because|as) {_G(6)}(?<!when it comes to ){_M}", {1: "y", 2: "t"}, 2.2),
    (rf"(?:would|will|could|might) {_G(1)}{_M} {_G(4)}(?:if|when|once|after) {_G(6)}{_M}", {1: "y", 2: "t"}, 2.0),
    # "would glass plants have had fewer accidents ... if they had automated inspection": what the units would have
    # had is the outcome, what they had the treatment
    (rf"(?:would|will|could|might) {_G(4)}(?:have had|have seen|have got|have) (?:more|fewer|less|higher|lower|better|"
     rf"worse|bigger|smaller) {_G(1)}{_M} {_G(6)}if (?:they|it|we|he|she|you) (?:had|got|used|adopted|received|installed) "
     rf"{_G(2)}{_M}", {1: "y", 2: "t"}, 2.6),
    (rf"(?:does|do|did|can|could|would|will|is|are|has|have) {_G(3)}{_M} {_G(3)}(?:matter|work|help|pay off|"
     rf"make a difference|make any difference|do anything|have an effect|have any effect|have an impact|"
     rf"have any impact|pay|worth it|move the needle) {_G(4)}(?:for|on|to|in|with|regarding) {_G(3)}{_M}{_NOT_THE_OUTCOME}",
     {1: "t", 2: "y"}, 2.5),
    (rf"(?:treatment|exposure|intervention|treatment variable|independent variable|cause variable|"
     rf"causal variable|treatment column|exposure variable)s? (?:(?:is|=|:|be|as|being|would be) {_G(2)})?{_M}", {1: "t"}, 3.5),
    # ("sparring -> injury in 6m -> win pct v2": a time or version after a name, before the arrow)
    (rf"{_M} {_G(2)}(?:->|=>|→) {_G(2)}{_M} {_G(2)}(?:->|=>|→) {_G(2)}{_M}", {1: "t", 2: "m", 3: "y"}, 3.5),
    # "how much of apprentice -> rating_new is via turnaround_days": an arrow from cause to outcome, then the path
    (rf"{_M} (?:->|=>|→) {_M} (?:(?:is|goes|runs|flows|passes|works) )?(?:via|through|thru|by way of) {_M}",
     {1: "t", 2: "y", 3: "m"}, 3.5),
    # a terse "mediation A B C" lists the path in its order, as the arrows would
    (rf"^(?:mediation|mediation analysis|decompose) (?:: )?{_M} (?:, )?{_M} (?:, )?{_M}(?: \?)?$", {1: "t", 2: "m", 3: "y"}, 3.5),
    # "mediation A B via C", "mediation: A -> B through C"
    (rf"^(?:mediation|mediation analysis|decompose) (?:: )?(?:of )?{_M} (?:, |on |-> |=> |→ )?{_M} (?:, )?"
     rf"(?:via|through|thru|by) {_M}", {1: "t", 2: "y", 3: "m"}, 3.5),
    # "who see the biggest savings from price alerts": what is gained, from what
    (rf"\b(?:see|sees|get|gets|derive|derives|draw|draws|reap|reaps|gain|gains|gained) {_G(3)}{_M} (?:<\d+> )?{_G(1)}from "
     rf"{_G(2)}{_M}",
     {1: "y", 2: "t"}, 2.0),
    # (a whole word: "where should <0> be targeted to ..." names no target)
    (rf"{_M} (?:as|is|be) (?:the )?(?:treatment|exposure|intervention|cause|independent variable)s?\b", {1: "t"}, 3.5),
    # "target" is the outcome as a noun ("the target is Y", "target: Y"), not as a verb ("target X at ...")
    (rf"(?:outcome|dependent variable|response variable|outcome variable|outcome column|effect variable|"
     rf"(?:the|our|my|a) target|target variable|target column)s? "
     rf"(?:(?:is|=|:|be|as|being|would be|in terms of) {_G(2)})?{_M}", {1: "y"}, 3.5),
    (rf"(?:(?<!\w )target (?:is|=|:|would be) {_G(2)}|^target {_G(1)}){_M}(?! {_G(3)}(?:to|so as to|in order to) "
     rf"{_GOAL_VERB})(?! (?:[a-z]+ )?(?:to|at|towards) )(?!.*\b(?:get|gets|receive|receives|given) (?:it|them)\b)",
     {1: "y"}, 3.5),  # (not "target the stake-limit reduction: which shops get it ...": the action given)
    (rf"in terms of {_G(1)}{_M}", {1: "y"}, 2.0),
    (rf"\bwhen it comes to {_G(1)}{_M}", {1: "y"}, 3.0),  # "does X matter more for students when it comes to lapsing"
    (rf"\bin {_G(1)}{_M} terms\b", {1: "y"}, 2.0),  # "in income terms"
    # "Y=default_12m, X=rate_discount": the letters of a regression written out
    (rf"(?:^|[,;.:(] )y = {_M}", {1: "y"}, 3.5),
    (rf"(?:^|[,;.:(] )(?:x|t|d) = {_M}", {1: "t"}, 3.5),
    (rf"(?:^|[,;.:(] )m = {_M}", {1: "m"}, 3.5),
    # "hba1c response to daily_steps", "how sales respond to price": Y answers to X
    (rf"(?<!which )(?<!what ){_M} (?:response|responses|responsiveness|sensitivity|elasticity|responds|respond|reacts|"
     rf"react) (?:{_DEGREE} )?(?:to|of) {_G(2)}{_M}", {1: "y", 2: "t"}, 3.0),
    (rf"{_M} (?:as|is|be) (?:the )?(?:outcome|target|response|dependent variable)s?\b", {1: "y"}, 3.5),
    # "..., practice as mediator, retained_1yr outcome.": a name labelled with its role in a terse list
    (rf"(?:^|[,;.:?] ){_M} (?:outcome|response)(?= [,;.?]|$)", {1: "y"}, 3.5),
    (rf"(?:^|[,;.:?] ){_M} (?:treatment|exposure)(?= [,;.?]|$)", {1: "t"}, 3.5),
    (rf"(?:relationship|link|association|connection|relation|causation|causality) (?:between|of|from) "
     rf"{_G(2)}{_M} (?:and|&|with|to) {_G(2)}{_M}", {1: "t", 2: "y"}, 1.5),
    (rf"{_M} (?:->|=>|causes|cause|on) {_M}", {1: "t", 2: "y"}, 1.4),
    (rf"(?<!turned )(?<!switched )(?<!signed )(?<!put )(?<!took )(?<![\w-])(?:on|upon) {_G(2)}{_M}", {1: "y"}, 0.8),
    (rf"(?:effect|impact|influence|benefit) (?:of|from) {_G(3)}{_M}", {1: "t"}, 1.0),
    # (not "the effect on being employed": after "on", the state is the outcome)
    (rf"(?<![\w-])(?<!on )(?:increasing|raising|cutting|lowering|reducing|changing|giving|offering|introducing|assigning|receiving|"
     rf"getting|taking|adopting|providing|improving|expanding|adding|removing|banning|subsidizing|implementing|"
     rf"launching|sending|switching|using|having|being|doing|joining|attending|enrolling|participating|"
     rf"(?<!to )(?:increase|raise|cut|lower|reduce)|give|offer|introduce|provide|expand|add|remove|ban|implement|launch|"
     rf"send|switch|double|halve|doubling|halving|invest|investing|spending more on|spend more on) "
     rf"{_G(1)}{_M}", {1: "t"}, 0.6),  # "to cut <y>" is a goal (the "to reduce ..." pattern)
    (rf"{_M} {_G(3)}(?:for|among|in|between) {_G(2)}(?:those|people|patients|customers|users|students|units|individuals|"
     rf"firms|kids|children|employees|workers|households|companies|schools|ones|participants|clients|stores|"
     rf"shops|regions|countries|hospitals|counties|states|cities|districts|teams|accounts|visitors)"
     rf" (?:who|that|which|with|in|on|getting|receiving|given|taking) {_G(3)}{_M}", {1: "y", 2: "t"}, 2.0),
    (rf"(?:compare|comparing|contrast) {_G(2)}{_M} {_G(6)}(?:with|without|by|across|between) {_G(3)}{_M}", {1: "y", 2: "t"}, 1.5),
    (rf"(?:does|do|did|would|will|can|could) {_G(3)}{_M} {_G(3)}(?:pay off|work|help|succeed)\b", {1: "t"}, 1.0),
    *_MEDIATOR_AND_GROUP_PATTERNS,
    *_COUNTERFACTUAL_PATTERNS,
    *_DIFFERENCE_PATTERNS,
    # "are <jobs> finished faster with bigger <crews>", "are <injuries> reduced when a club employs more
    # <grooms>": the state said of Y, then the more-or-less of X that goes with it
    (rf"^(?:are|is|were|was|do|does|did|will|would) {_M} (?!with\b)(?:[a-z]+ ){{1,3}}(?:with |given |"
     rf"(?:when|if|once|where) (?:[a-z']+ ){{0,4}}?)"
     rf"(?:more|bigger|larger|higher|greater|fewer|smaller|lower|less|longer|shorter|extra) {_M}", {1: "y", 2: "t"}, 1.5),
]


# a pattern that opens with a word starts at a word ("on" is not the end of "association", nor
# "intervention" the end of "post-intervention")
_ROLE_REGEX = [(re.compile(("(?<![\\w-])" if re.match(r"(?:\(\?:)?[a-z]", p) else "") + p), groups, w)
               for p, groups, w in _ROLE_PATTERNS]
