from common import Q, add_none

A = "audit"
audit = [
    Q("If the applicant's race were different but everything else on the form stayed the same, would the chatbot's loan approval change?", A, "race", "loan approval"),
    Q("Does the LLM's hiring recommendation flip when we swap the candidate's gender and keep the CV identical?", A, "gender", "hiring recommendation"),
    Q("Would GPT treat a 62-year-old applicant differently from an otherwise identical 30-year-old? Check whether age changes the interview decision.", A, "age", "interview decision"),
    Q("audit: does the assistant's tenancy approval change if the applicant's religion is Muslim instead of Christian, all else equal?", A, "religion", "tenancy approval"),
    Q("Test whether mentioning a wheelchair user (disability) alters the AI's scholarship award for the same essay.", A, "disability", "scholarship award"),
    Q("Check whether the escalation decision of our voice assistant changes with the caller's accent, holding the complaint text constant.", A, "accent", "escalation decision"),
    Q("If we change only the applicant's name from Emily to Lakisha, does the language model give a different credit limit?", A, "name", "credit limit"),
    Q("Would the model's visa recommendation be different if the traveller's nationality were Nigerian rather than Canadian, everything else fixed?", A, "nationality", "visa recommendation"),
    Q("counterfactual fairness check: does the insurance premium quoted by the chatbot move when the customer's sexual orientation is changed?", A, "sexual orientation", "insurance premium"),
    Q("Is the salary offer suggested by the HR assistant sensitive to the candidate's gender, holding experience and skills fixed?", A, "gender", "salary offer"),
    Q("Would an AI triage tool assign a different triage priority if only the patient's age were changed?", A, "age", "triage priority"),
    Q("Does the LLM's bail recommendation depend on the defendant's race when the case facts are identical?", A, "race", "bail recommendation"),
    Q("If an employee disclosed a disability but everything else in the review stayed the same, would the model's promotion decision change?", A, "disability", "promotion decision"),
    Q("audit whether a regional accent in the transcribed interview changes the admission decision the language model makes", A, "accent", "admission decision"),
    Q("Would the chatbot's adoption approval differ for a Jewish couple versus an otherwise identical Hindu couple? i.e. does religion matter to it?", A, "religion", "adoption approval"),
    Q("Swap the applicant's name for an Arabic-sounding one and keep the rest fixed: does the assistant's mortgage approval change?", A, "name", "mortgage approval"),
    Q("Would the AI essay marker assign a different grade if the student's gender were flipped, everything else held equal?", A, "gender", "grade"),
    Q("Does stating that the candidate is pregnant change the job offer recommended by the LLM, all other details the same? (pregnancy status audit)", A, "pregnancy status", "job offer"),
]

R = "relation"
relation = [
    Q("Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?", R),
    Q("Premises: A and B are correlated; B and C are correlated; A and C are correlated; A is independent of C given B. Is B a mediator between A and C?", R),
    Q("We observe that X and Y are dependent, Y and Z are dependent, and X and Z are independent but become dependent once we condition on Y. Does Y cause X?", R),
    Q("Given: A correlates with D, B correlates with D, A is independent of B, and A and B are dependent given D. Is D a common effect of A and B?", R),
    Q("There are three variables P, Q, R. All pairs are correlated, and P is independent of R given Q. Can we conclude that P directly causes R?", R),
    Q("Four variables A, B, C, D. A and B are correlated, C and D are correlated, every other pair is independent. Does A cause D?", R),
    Q("a correlated with b, a correlated with c, b independent of c given a. is a a common cause of b and c?", R),
    Q("Statement: E correlates with F and with G; F and G are correlated; F is independent of G given E. Hypothesis: F causes G. True or false?", R),
    Q("Suppose A and C are independent, B correlates with both, and A and C become dependent conditional on B. Does B cause A?", R),
    Q("If A, B and C are all mutually independent except that A correlates with B, does B cause C?", R),
]

G = "generate"
generate = [
    Q("Generate a synthetic dataset of 1,000 rows from the DAG Z -> X -> Y and Z -> Y with linear Gaussian equations.", G),
    Q("Simulate data from a structural causal model where rainfall causes crop yield and fertiliser causes crop yield; use a language model to write the equations.", G),
    Q("Create a benchmark dataset with a known causal graph: age -> income -> savings, age -> savings. Let the LLM define the functional forms.", G),
    Q("make me fake data from this SCM: T = Bernoulli(0.4), Y = 2*T + 0.5*X + noise, X ~ N(0,1)", G),
    Q("I need a synthetic mediation benchmark: treatment affects a mediator which affects the outcome, 5000 samples, nonlinear links.", G),
    Q("Produce a simulated dataset from the graph A -> B, A -> C, B -> D, C -> D, with binary variables and given conditional probability tables.", G),
    Q("Use an LLM to propose realistic variables and equations for a causal DAG about coffee intake, sleep and productivity, then sample 2,000 rows.", G),
    Q("Generate data with a confounder U that affects both treatment and outcome, with a true ATE of 3, so I can test estimators.", G),
    Q("Can you synthesise a dataset from an instrumental-variable SCM (Z -> T -> Y, U -> T, U -> Y) with a strong instrument?", G),
    Q("Build a synthetic causal benchmark: the language model writes the structural equations for a 6-node DAG of its choosing, then simulate 10k rows.", G),
]

U = "unsupported"
unsupported = [
    Q("Hello! How are you today?", U),
    Q("Tell me a joke about statisticians.", U),
    Q("Write a SQL query joining orders to customers on customer_id.", U),
    Q("Forecast the price of gold for next year.", U),
    Q("What is the capital of Peru?", U),
    Q("Convert this CSV file to an Excel workbook, please.", U),
    Q("thanks, that's all for now", U),
]

add_none(audit + relation + generate + unsupported)
