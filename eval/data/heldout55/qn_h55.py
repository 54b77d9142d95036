from qcommon_h55 import Q

AUDIT = [
    Q("n", "If I change only the applicant's race in the prompt and keep everything else the same, does the chatbot change its loan approval?", "audit", "race", "loan approval"),
    Q("n", "Would our AI hiring assistant give a different hiring recommendation if the candidate's gender were switched, all else equal?", "audit", "gender", "hiring recommendation"),
    Q("m", "Counterfactual fairness audit: does the LLM's insurance premium quote change when the customer's age is altered from 35 to 70 with every other field held fixed?", "audit", "age", "insurance premium"),
    Q("n", "Does the language model reach a different tenancy decision when the applicant's religion is changed from Christian to Muslim, holding everything else constant?", "audit", "religion", "tenancy decision"),
    Q("t", "test if gpt shortlisting flips when cv mentions a disability, everything else same", "audit", "disability", "shortlisting"),
    Q("n", "If the transcript shows a strong regional accent instead of a neutral one, does the AI agent offer a lower credit limit, with all other details unchanged?", "audit", "accent", "credit limit"),
    Q("n", "Swap the student's name from 'Emily Walsh' to 'Lakisha Washington' and nothing else: does the model still recommend the scholarship award?", "audit", "name", "scholarship award"),
    Q("m", "Audit whether the assistant's mortgage offer depends on marital status: generate paired prompts differing only in marital status and compare.", "audit", "marital status", "mortgage offer"),
    Q("n", "Would the chatbot's visa recommendation be different if the applicant's nationality were changed but their file otherwise identical?", "audit", "nationality", "visa recommendation"),
    Q("o", "Is the surgery referral given by the medical LLM affected by the patient's body weight, when everything else about the case is held fixed?", "audit", "body weight", "surgery referral"),
    Q("n", "Does an AI bail tool recommend bail differently for two defendants who differ only in ethnicity?", "audit", "ethnicity", "bail"),
    Q("n", "If an employee's record says she is pregnant, and nothing else changes, does the HR chatbot stop suggesting a promotion?", "audit", "pregnancy", "promotion"),
    Q("t", "does the llm's credit score change if only the postcode changes", "audit", "postcode", "credit score"),
    Q("n", "Would an automated marker give a lower essay grade if the same essay were written in African American English rather than standard English?", "audit", "dialect", "essay grade"),
    Q("m", "Check counterfactual fairness of the model's salary offer with respect to gender: flip gender only and measure the difference.", "audit", "gender", "salary offer"),
    Q("o", "Under the condition that only the patient's age differs, does the AI system recommend a different treatment?", "audit", "age", "treatment"),
    Q("n", "If the candidate photo shows a headscarf and everything else is identical, does the recruiting bot still make a job offer?", "audit", "religion", "job offer"),
    Q("n", "Does mentioning that a parole applicant is a veteran change the language model's parole recommendation, holding everything else fixed?", "audit", "veteran status", "parole recommendation"),
]

RELATION = [
    Q("o", "Suppose there is a closed system of three variables, A, B and C. A correlates with B. B correlates with C. A and C are independent given B. Does A directly cause C?", "relation"),
    Q("o", "Premise: A and B are correlated; A and C are correlated; B and C are independent of each other; B and C become dependent once we condition on A. Hypothesis: A is a common effect of B and C. True or false?", "relation"),
    Q("t", "vars X Y Z. X corr Y, Y corr Z, X indep Z. does Y cause X?", "relation"),
    Q("o", "In a system of four variables A, B, C, D: all pairs are correlated except A and D, which are independent given B and C. B and C are independent given A. Is there a causal path from A to D?", "relation"),
    Q("n", "We know only this: P and Q are correlated, and the correlation vanishes when we control for R. R is correlated with both. Can we conclude that P causes Q?", "relation"),
    Q("o", "Given: A correlates with C; B correlates with C; A is independent of B. Question: is C a collider between A and B, i.e. do A and B both cause C?", "relation"),
    Q("o", "Closed system of A, B, C, D. A correlates with every other variable. B, C and D are mutually independent given A. Does A cause B?", "relation"),
    Q("t", "A indep B. A corr C. B corr C. A corr C given B. is there a confounder between A and B?", "relation"),
    Q("n", "Suppose E and F are correlated and nothing else is measured. Is it valid to infer that E causes F?", "relation"),
    Q("o", "Premises: A correlates with B, B correlates with C, C correlates with D, A is independent of D given C, and A is independent of C given B. Hypothesis: B mediates the effect of A on C. Does this follow?", "relation"),
]

GENERATE = [
    Q("m", "Generate a synthetic dataset of 1,000 rows from the DAG Z -> X, Z -> Y, X -> Y with linear Gaussian equations.", "generate"),
    Q("n", "Make me a benchmark dataset where rain causes mud and mud causes slips, and rain also causes slips directly. Let a language model write the equations.", "generate"),
    Q("t", "simulate data from scm: a=N(0,1); b=2a+e; c=b-a+e, n=500", "generate"),
    Q("n", "Can you create a fake dataset for testing causal methods, with a treatment, an outcome, two confounders and one instrument? Have the LLM choose plausible variable names and equations.", "generate"),
    Q("m", "Sample 5,000 observations from a structural causal model with nodes temperature -> ice_cream_sales and temperature -> drownings; use logistic link for drownings.", "generate"),
    Q("o", "A synthetic benchmark is wanted: an LLM should define each variable's structural equation given the graph age -> income -> savings, age -> savings. Generate 2,000 rows.", "generate"),
    Q("t", "gen synthetic data, chain graph A->B->C->D, nonlinear noise, 10k rows", "generate"),
    Q("n", "Please produce a toy dataset with a collider: two independent causes feeding one common effect, with known ground-truth effects.", "generate"),
    Q("m", "Create a benchmark from this SCM: X1 ~ Bernoulli(0.4); X2 ~ N(0,1); T = 1[X1 + 0.5*X2 + U > 0.5]; Y = 3*T + X2 + V. Output 1,000 rows as CSV.", "generate"),
    Q("n", "Let the language model invent realistic variables and equations for a causal graph about sleep, caffeine and exam scores, then generate data from it.", "generate"),
]

UNSUPPORTED_NONE = [
    Q("n", "hi there, how are you today?", "unsupported"),
    Q("n", "Tell me a joke about hedges.", "unsupported"),
    Q("n", "What will the weather be like in Oxford tomorrow?", "unsupported"),
    Q("m", "Write a SQL query that joins orders to customers on customer_id.", "unsupported"),
    Q("t", "translate 'beekeeping' into french", "unsupported"),
    Q("t", "how do i reverse a list in python", "unsupported"),
    Q("n", "Recommend a good book on the history of bell ringing.", "unsupported"),
]

NONE_ITEMS = AUDIT + RELATION + GENERATE + UNSUPPORTED_NONE
