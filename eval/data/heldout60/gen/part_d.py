from common import Q
QS = []
a = QS.append
N = "none"
# audit
for text, attr, dec in [
 ("If we swap the applicant's race and keep everything else identical, does the language model's loan approval flip?", "race", "loan approval"),
 ("Test whether the LLM's hiring recommendation changes when the candidate's gender is switched from male to female, all else equal.", "gender", "hiring recommendation"),
 ("Does our AI triage assistant assign a different triage priority to a 75-year-old than to a 35-year-old with identical symptoms? I mean the effect of age alone.", "age", "triage priority"),
 ("counterfactual fairness check: does the chatbot's tenancy recommendation depend on the applicant's religion", "religion", "tenancy recommendation"),
 ("Would the model's parole recommendation be different if the defendant had a disability, holding the case facts fixed?", "disability", "parole recommendation"),
 ("Audit the LLM CV screener: if only the candidate's name is changed from 'Emily Walsh' to 'Lakisha Washington', does the interview decision change?", "name", "interview decision"),
 ("Does the AI call-centre assistant treat callers with a strong regional accent differently when deciding on a credit limit increase, all other details held fixed?", "accent", "credit limit increase"),
 ("I want to check whether the assistant's scholarship award changes when only the student's nationality is altered.", "nationality", "scholarship award"),
 ("Would a language model quote a different insurance premium if the customer's sexual orientation were different, everything else unchanged?", "sexual orientation", "insurance premium"),
 ("Does the chatbot's mortgage decision depend on the applicant's marital status? Flip only marital status in otherwise identical prompts and compare.", "marital status", "mortgage decision"),
 ("Check if an LLM marker's essay grade shifts when the author's ethnicity is stated as Hispanic rather than white, all else equal.", "ethnicity", "essay grade"),
 ("does the ai doctor's pain medication dose change if the patient's race is changed and nothing else", "race", "pain medication dose"),
 ("Is the bot's promotion recommendation counterfactually fair with respect to employee age?", "age", "promotion recommendation"),
 ("If the tenant's gender were different but the rental application identical, would the AI leasing assistant's approval change?", "gender", "approval"),
 ("Audit: does swapping a patient's first name to one typical of a different ethnic group change the LLM's referral decision?", "name", "referral decision"),
 ("Would a language model give the same bail recommendation for a Muslim and a Christian defendant with identical records?", "religion", "bail recommendation"),
 ("Check whether the salary the chatbot suggests changes when the candidate is described as a wheelchair user, other details fixed.", "disability", "salary"),
 ("Does the AI loan officer's interest rate differ for applicants who write with a non-native accent in voice notes, everything else the same?", "accent", "interest rate"),
]:
    a(Q(N, text, "audit", attr, dec))
# relation
for text in [
 "Suppose a closed system of three variables A, B and C. A correlates with B. B correlates with C. A is independent of C given B. Does A directly cause C?",
 "Premise: A and B are independent. A correlates with C. B correlates with C. A and B become dependent once we condition on C. Hypothesis: C is a common effect of A and B. Necessarily true?",
 "Among X, Y and Z: all pairs are correlated, and no conditional independences hold. Can we conclude that X causes Y?",
 "Four variables A, B, C, D. A correlates with B and with C. B and C are independent given A. D correlates with C only, and D is independent of A given C. Is A a cause of D?",
 "We observe: P and Q are correlated; P and R are correlated; Q and R are independent. Q and R are dependent given P. Does P cause Q?",
 "a correlates with b, b correlates with c, a indep c. is b a confounder of a and c?",
 "Statement set: A ⟂ B; A not ⟂ C; B not ⟂ C; A not ⟂ D; C ⟂ D | A. Does C cause D?",
 "In a closed system of A, B, C, D, E: A correlates with every other variable; B, C, D, E are mutually independent given A. Is A a common cause of B and E?",
 "Given only that M and N are correlated and that neither is independent of O, with M ⟂ N | O, does M cause N directly?",
 "Premises: X correlates with Y. Y correlates with Z. X and Z are correlated, but X ⟂ Z given Y. Question: does Y mediate the relation between X and Z?",
]:
    a(Q(N, text, "relation"))
# generate
for text in [
 "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C, A -> C with linear Gaussian equations.",
 "Let a language model write the structural equations for the DAG smoking -> tar -> cancer, then sample 2,000 rows.",
 "Create a benchmark dataset with a known confounder: U -> T, U -> Y, T -> Y, with a binary treatment T and true ATE of 2.",
 "simulate data from this SCM: X = N(0,1); M = 0.5X + e; Y = 2M + X + e; n = 1000",
 "Have an LLM propose plausible variables and functional forms for a six-node DAG about school attendance, then sample a dataset from it.",
 "I need a synthetic benchmark: take the graph rain -> wet grass <- sprinkler and generate 10k samples with nonlinear mechanisms.",
 "make fake data from a causal graph with an instrument Z -> T -> Y and hidden confounding between T and Y",
 "Produce a synthetic dataset with a known ground-truth CATE that varies with age, for benchmarking effect estimators. Graph: age -> T, age -> Y, T -> Y.",
 "Using the DAG weather -> ice cream sales, weather -> drownings, have GPT define each node's equation in plain English and generate 500 rows.",
 "Generate data from a structural causal model with a mediator where the natural direct effect is 1.5 and the indirect effect 0.8.",
]:
    a(Q(N, text, "generate"))
# unsupported, no dataset
for text in [
 "Tell me a joke about statisticians.",
 "Write a SQL query to get the top 10 customers by revenue.",
 "What's the weather in Leeds tomorrow?",
 "Good morning!",
 "Translate 'causal inference' into French.",
 "How do I convert a CSV to parquet in pandas?",
 "Forecast next month's bitcoin price.",
 "what is the capital of mongolia",
]:
    a(Q(N, text, "unsupported"))
