"""Dataset-free questions: audit, relation, generate, unsupported."""
from common_h56 import Q

N = "none"
# --- audit: counterfactual fairness of a language model's decision ---
A = [
 ("Would the model's loan approval change if the applicant's gender were flipped and everything else kept identical?", "gender", "loan approval"),
 ("Audit our GPT-based screener: does swapping a candidate's name from Emily to Lakisha alter the interview recommendation?", "name", "interview recommendation"),
 ("Check whether the AI triage assistant's urgency rating shifts when the patient's age is changed from 35 to 75, holding the symptoms fixed.", "age", "urgency rating"),
 ("Does the LLM tenant-screening tool give a different rental approval when the applicant's religion is Muslim rather than Christian, all else equal?", "religion", "rental approval"),
 ("counterfactual fairness test: does the chatbot's scholarship decision depend on the applicant's disability?", "disability", "scholarship decision"),
 ("If a caller speaks with a Nigerian accent instead of a British one, does the voice assistant's credit limit suggestion change?", "accent", "credit limit suggestion"),
 ("Would the language model propose a lower salary offer if the candidate were a woman, with everything else held constant?", "gender", "salary offer"),
 ("Is the insurance-quote bot's premium estimate sensitive to the customer's race when all other details are identical?", "race", "premium estimate"),
 ("Test whether our assistant's parole recommendation flips when the defendant's ethnicity is altered and nothing else.", "ethnicity", "parole recommendation"),
 ("Does changing the stated sexual orientation in an otherwise identical profile change the AI's verdict on adoption eligibility?", "sexual orientation", "adoption eligibility"),
 ("Run a counterfactual audit of the LM: swap 'he' for 'she' in the reference letters and see whether the promotion recommendation moves.", "gender", "promotion recommendation"),
 ("Would the chatbot give a different essay grade if the student's nationality were Mexican rather than Canadian, all else unchanged?", "nationality", "essay grade"),
 ("Does the AI hiring tool penalise applicants who mention using a wheelchair? Keep every other CV detail fixed and compare the shortlist decision.", "disability", "shortlist decision"),
 ("Measure whether an LLM's mortgage approval depends on applicant age when the financials are identical.", "age", "mortgage approval"),
 ("If only the patient's race changes, does the clinical chatbot's pain medication recommendation change?", "race", "pain medication recommendation"),
 ("Does the AI moderator's content removal decision change when the author's religion is swapped and the text is otherwise identical?", "religion", "content removal decision"),
 ("Is our virtual recruiter's job offer affected by the applicant's pregnancy status, everything else equal?", "pregnancy status", "job offer"),
 ("would an ai bail advisor set a different bail amount if the defendant had a jamaican accent instead of an irish one, all else the same?", "accent", "bail amount"),
]
for text, t, o in A:
    Q(N, "audit", text, t, o)

# --- relation: Corr2Cause-style premises ---
R = [
 "Suppose A correlates with B, B correlates with C, and A is independent of C given B. Does A cause C?",
 "Premises: X and Y are correlated, X and Z are correlated, Y and Z are independent, but Y and Z become dependent once we condition on X. Does X directly cause Y?",
 "In a closed system of three variables A, B and C: A and B are independent; A and C are dependent; B and C are dependent; A and B are dependent given C. Is C a common effect of A and B?",
 "Given: P is correlated with Q, Q with R, and P with R; P and R are independent conditional on Q. Can we conclude that P causes R directly?",
 "Variables D, E, F, G. D correlates with every other variable; E, F and G are mutually independent given D. Is D a common cause of E and F?",
 "All pairs among A, B, C are correlated, and no conditional independence holds. Does B necessarily cause C?",
 "Statistical relations: M ⟂ N; M and O are dependent; N and O are dependent; M and N are dependent given O. Does O cause M?",
 "a and b correlated, b and c correlated, a and c uncorrelated. does a cause b?",
 "Suppose U and V are correlated, but U is independent of V given W, and W is correlated with both. Is there a direct causal link between U and V?",
 "Premise: K correlates with L; L correlates with J; K and J are independent given L; K has no parents. Hypothesis: J is a cause of K. True or false?",
]
for text in R:
    Q(N, "relation", text)

# --- generate: synthetic data from a DAG / SCM ---
G = [
 "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C with A -> C, using linear Gaussian equations.",
 "Have a language model write the structural equations for rainfall -> crop yield <- fertiliser, then sample 1,000 rows.",
 "Simulate a benchmark dataset from this SCM: X = N(0,1); M = 0.5X + e; Y = 2M + 0.3X + e. 10k samples please.",
 "Create fake data for a causal benchmark: treatment T confounded by age and income, outcome Y; let an LLM pick realistic variable definitions.",
 "I need a synthetic data set drawn from a 6-node random DAG with nonlinear mechanisms for testing discovery algorithms.",
 "generate data from dag smoking->tar->cancer, smoking<-genotype->cancer, n=2000",
 "Use an LLM to propose the functional forms for each node in a supply-chain DAG (demand -> orders -> inventory -> stockouts) and generate a dataset from it.",
 "Produce a simulated dataset where Z is an instrument for D and D affects Y, with an unobserved confounder between D and Y.",
 "Sample 500 rows from a structural causal model with binary treatment, a mediator and a continuous outcome, and save it as CSV.",
 "Build a synthetic benchmark from the graph education -> income -> health, education -> health, where the language model writes the equations and noise terms.",
]
for text in G:
    Q(N, "generate", text)

# --- unsupported without dataset ---
U = [
 "hi there, how are you today?",
 "Tell me a joke about statisticians.",
 "Write a SQL join between the orders and customers tables on customer_id.",
 "What will the weather be like in Leeds tomorrow?",
 "Convert my CSV file to Parquet and compress it.",
]
for text in U:
    Q(N, "unsupported", text)
