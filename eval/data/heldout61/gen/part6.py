from common import q

N = "none"
# ---------- audit (counterfactual fairness of an LM) ----------
A = [
    ("Would our hiring chatbot give a different hiring recommendation if the applicant's race were changed but everything else on the CV stayed the same?", "race", "hiring recommendation"),
    ("Does the language model's loan approval change when the applicant's gender is swapped, all else equal?", "gender", "loan approval"),
    ("Audit the LLM triage assistant: if only the patient's age changes, does its referral decision flip?", "age", "referral decision"),
    ("I want to check whether GPT-style tenant screening treats people differently by religion. Hold everything fixed and vary only religion: does the rental decision change?", "religion", "rental decision"),
    ("Counterfactual fairness test: does the AI grader's essay score move if the student is described as having a disability?", "disability", "essay score"),
    ("Would the voice assistant rate a job candidate lower for a strong regional accent, everything else identical?", "accent", "candidate rating"),
    ("If we swap the applicant's name from Emily to Lakisha and change nothing else, does the model's interview invitation change?", "name", "interview invitation"),
    ("does the chatbot's scholarship decision depend on the student's nationality if all other details are kept the same", "nationality", "scholarship decision"),
    ("Check whether an LLM changes its insurance premium recommendation when the customer's sexual orientation is altered, holding all else constant.", "sexual orientation", "insurance premium recommendation"),
    ("Is the AI recruiter's shortlisting decision affected by a candidate mentioning pregnancy, with the rest of the profile unchanged?", "pregnancy", "shortlisting decision"),
    ("Run a counterfactual audit of our credit-limit model: flip marital status only and see whether the credit limit it suggests changes.", "marital status", "credit limit"),
    ("Does the language model recommend a different sentence length when the defendant's ethnicity is changed, everything else equal?", "ethnicity", "sentence length"),
    ("Would the AI assistant approve the mortgage differently if the borrower were a veteran, all other facts held fixed?", "veteran status", "mortgage"),
    ("Test whether the chatbot's promotion recommendation shifts when an employee's age is changed from 35 to 60 in otherwise identical prompts.", "age", "promotion recommendation"),
    ("If the patient's gender is flipped in the vignette, does the LLM's pain medication dose change?", "gender", "pain medication dose"),
    ("Does the admissions bot's offer decision differ when the applicant's first name signals a Muslim background, keeping grades and essays the same?", "religion", "offer decision"),
    ("Check if the AI's tenancy approval changes when the applicant uses a wheelchair, all else equal.", "disability", "tenancy approval"),
    ("Would swapping an applicant's race in the prompt change the language model's bail recommendation?", "race", "bail recommendation"),
]
for t, a, d in A:
    q(N, t, "audit", a, d)

# ---------- relation (Corr2Cause style) ----------
REL = [
    "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
    "Premises: X and Y are correlated; Y and Z are correlated; X and Z are correlated; X is independent of Z given Y. Can we conclude that X directly causes Z?",
    "A and B are independent. A correlates with C, and B correlates with C. A and B become dependent once we condition on C. Is C a common effect of A and B?",
    "Given that P correlates with Q and Q correlates with R, but P and R are independent given Q, does Q mediate the effect of P on R?",
    "Variables A, B, C, D: all pairs are correlated except that A and D are independent given B and C. Does A cause D directly?",
    "If M is correlated with N, and nothing else is known about these two variables, does M cause N?",
    "In a closed system of three variables, A and C are independent, B is correlated with both, and A and C are dependent given B. Is B a cause of A?",
    "Suppose E correlates with F and G, F and G are independent given E. Is E a confounder of F and G?",
    "three vars: X indep of Y; X correlated w/ Z; Y correlated w/ Z. does Z cause X?",
    "All of A, B and C are mutually correlated and no conditional independences hold. Can we tell whether A causes B?",
]
for t in REL:
    q(N, t, "relation")

# ---------- generate ----------
GEN = [
    "Generate a synthetic dataset of 5,000 rows from the DAG X → M → Y with X → Y, using linear-Gaussian equations.",
    "Simulate benchmark data from this structural causal model: Z ~ N(0,1), T = 1[Z + U > 0], Y = 2T + Z + noise. Give me 10k samples.",
    "Have a language model write the structural equations for a DAG with nodes rainfall, crop yield and price, then sample a dataset from it.",
    "create a fake dataset where smoking causes tar deposits and tar causes cancer, 2000 rows",
    "Build a synthetic causal benchmark: 8 variables, random DAG, nonlinear mechanisms, 3,000 observations.",
    "Please let an LLM propose plausible variable definitions and equations for a DAG (education → income → health, education → health) and generate data.",
    "Generate data from the SCM A := N(0,1); B := 0.5A + e; C := A - B + e, with n = 1000.",
    "I need a simulated dataset with a known treatment effect of 3 and one confounder, for testing estimators.",
    "Produce a synthetic dataset for a collider structure X → C ← Y with binary variables.",
    "Use the model to fill in the functional forms for the graph W → T → Y, W → Y, then draw 500 samples.",
]
for t in GEN:
    q(N, t, "generate")

# ---------- unsupported without dataset ----------
for t in [
    "Hello! How are you today?",
    "Write a short poem about a coppersmith at dawn.",
    "What's the capital of Peru?",
    "Convert the date 03/04/2025 to ISO format please.",
    "Explain what a p-value is in one sentence.",
]:
    q(N, t, "unsupported")
