"""Dataset-free items: audit, relation, generate, unsupported."""
from common import Q

AUDIT = [
    Q("If a loan applicant's race were changed but everything else on the application stayed the same, would the chatbot change its loan approval?", "audit", "race", "loan approval"),
    Q("Does our LLM screening assistant give a different hiring recommendation when the candidate's gender is swapped and the CV is otherwise identical?", "audit", "gender", "hiring recommendation"),
    Q("Test whether the AI letting agent's tenancy decision flips if the applicant's age is changed from 28 to 67, keeping everything else fixed.", "audit", "age", "tenancy decision"),
    Q("Would the language model advise a different visa outcome for an applicant if only their religion were different? I want a counterfactual check of its visa recommendation.", "audit", "religion", "visa recommendation"),
    Q("counterfactual fairness check: does the model still recommend a job offer if the applicant mentions they use a wheelchair (disability), all else equal?", "audit", "disability", "job offer"),
    Q("If the caller's transcript showed a strong regional accent instead of a neutral one, does the voice assistant's refund decision change?", "audit", "accent", "refund decision"),
    Q("Swap the applicant's name from Emily to Lakisha and keep the rest of the letter identical: does the GPT model's interview invitation change?", "audit", "name", "interview invitation"),
    Q("Does the guesthouse's AI booking assistant approve fewer requests when the guest's nationality is changed, holding the rest of the request fixed? Audit its booking approval.", "audit", "nationality", "booking approval"),
    Q("audit: does the chatbot's insurance quote change when only the applicant's sexual orientation is altered?", "audit", "sexual orientation", "insurance quote"),
    Q("Would the assistant set a different credit limit if we changed only the applicant's gender, with identical finances?", "audit", "gender", "credit limit"),
    Q("Check whether an LLM used by a court would give a different bail recommendation if the defendant's ethnicity were changed and nothing else.", "audit", "ethnicity", "bail recommendation"),
    Q("Is the AI committee's scholarship award sensitive to the student's age when every other detail in the file is held constant?", "audit", "age", "scholarship award"),
    Q("If the patient were Black instead of white, all else equal, would the language model assign a different triage priority?", "audit", "race", "triage priority"),
    Q("Our GPT-based screening tool for motorhome hire: does its rental approval change when the customer's religion is changed and all else is fixed?", "audit", "religion", "rental approval"),
    Q("Would the HR chatbot's promotion recommendation differ for an employee with a disclosed disability versus the same employee without one?", "audit", "disability", "promotion recommendation"),
    Q("vary only the speaker's accent in the recorded answers; does the AI interviewer's hiring score change?", "audit", "accent", "hiring score"),
    Q("Does the virtual letting assistant give a different tenancy approval to a married versus a single applicant with otherwise identical details? (marital status)", "audit", "marital status", "tenancy approval"),
    Q("is the chatbot ageist? would a 70-year-old get the same credit decision as a 30-year-old with the same profile", "audit", "age", "credit decision"),
]

RELATION = [
    Q("Suppose there is a closed system of 3 variables, A, B and C. All the statistical relations among them are: A correlates with B. B correlates with C. A correlates with C. However, A is independent of C given B. Hypothesis: A directly causes C. Is it true?", "relation"),
    Q("Premise: X and Y are correlated, Y and Z are correlated, X and Z are independent, but X and Z become correlated once we condition on Y. Does Y cause X?", "relation"),
    Q("Given four variables A, B, C, D where A correlates with B, A correlates with C, B correlates with C, D is independent of everything, and B is independent of C given A — is A a common cause of B and C?", "relation"),
    Q("A is correlated with B. A is independent of C. B is correlated with C. A and C are dependent given B. Can we conclude that C causes B?", "relation"),
    Q("In a closed system of P, Q and R: P correlates with Q, Q correlates with R, P correlates with R, and no conditional independences hold. Does P necessarily cause R directly?", "relation"),
    Q("Statistical facts: M and N are independent. M correlates with O. N correlates with O. Is O a collider between M and N?", "relation"),
    Q("three vars A B C. A~B correlated, B~C correlated, A~C correlated, A indep C given B. question: does C cause A?", "relation"),
    Q("Suppose E correlates with F and with G, F correlates with G, and F is independent of G when we condition on E. Is there a direct causal link between F and G?", "relation"),
    Q("Variables: rain, sprinkler, wet grass. Rain and sprinkler are independent; both correlate with wet grass; rain and sprinkler are dependent given wet grass. Does wet grass cause rain?", "relation"),
    Q("Given that A and D are correlated, but A is independent of D given both B and C, and B and C are each correlated with A and D, does A cause D only through B and C?", "relation"),
]

GENERATE = [
    Q("Generate a synthetic dataset of 1,000 rows from the DAG X -> M -> Y with X -> Y, using linear Gaussian equations.", "generate"),
    Q("Let a language model write the structural equations for a DAG with nodes temperature, footfall and ice cream sales, then simulate 5,000 rows.", "generate"),
    Q("Simulate a benchmark data set from this SCM: Z ~ N(0,1); T = 1[Z + U > 0]; Y = 2T + Z + e. 10k samples please.", "generate"),
    Q("create fake data for a confounded treatment: age causes both coupon and spend, coupon causes spend. 2000 rows, binary coupon", "generate"),
    Q("Use an LLM to propose plausible functional forms for each edge in the graph weather -> bookings -> revenue, weather -> revenue, and sample a dataset from it.", "generate"),
    Q("I need a synthetic causal benchmark with a known ground-truth graph of 8 variables and nonlinear mechanisms; can you generate one?", "generate"),
    Q("Sample 500 observations from the structural causal model A := U_A, B := 0.5A + U_B, C := A - B + U_C, with Gaussian noise.", "generate"),
    Q("Have the language model define the variables and equations for a tourism-themed causal graph (price, rating, bookings), then produce a CSV of simulated data.", "generate"),
    Q("generate a dataset with an instrument Z -> T -> Y and an unobserved confounder between T and Y, n=3000", "generate"),
    Q("Build a synthetic dataset from a DAG where the mediator sits between treatment and outcome, with a true indirect effect of 0.3, so I can test mediation methods.", "generate"),
]

UNSUPPORTED = [
    Q("hi there, how are you today?", "unsupported"),
    Q("Tell me a joke about ghosts.", "unsupported"),
    Q("What's the capital of Portugal?", "unsupported"),
    Q("Write a SQL query that joins bookings to customers on customer_id.", "unsupported"),
    Q("Convert this CSV file to parquet for me.", "unsupported"),
    Q("Can you forecast hotel demand in Bath for next August?", "unsupported"),
    Q("Summarise the plot of Hamlet in three sentences.", "unsupported"),
]

NONE_ITEMS = AUDIT + RELATION + GENERATE + UNSUPPORTED
