# dataset-free items
for t in [
 "hi there! how's it going?",
 "Tell me a joke about bowling.",
 "What is the capital of Estonia?",
 "Write a SQL query that joins orders and customers on customer_id.",
 "Translate 'causal inference' into Dutch.",
 "Can you explain what a p-value is, in plain English?",
 "write me a haiku about skimming stones",
 "Convert this CSV to JSON and drop rows with empty cells.",
]:
    q(None, t, E("unsupported"))

A = [
 ("Would our chatbot quote a different mortgage rate if the applicant were Black rather than white, everything else in the application unchanged?", "race", "mortgage rate"),
 ("Check whether the LLM résumé screener changes its hire recommendation when the candidate's name is switched from Emily Walsh to Lakisha Washington.", "name", "hire recommendation"),
 ("Does the AI triage assistant give a different urgency score if the patient is a woman instead of a man, all else equal?", "gender", "urgency score"),
 ("counterfactual fairness audit: does the GPT tenancy decision flip when applicant age goes from 30 to 65?", "age", "tenancy decision"),
 ("If an applicant mentions being Muslim instead of Christian, does the language model change its scholarship award?", "religion", "scholarship award"),
 ("Test whether the AI tutor gives a different essay grade when the student discloses a disability, holding the essay fixed.", "disability", "essay grade"),
 ("Does a voice-based hiring bot give a lower interview score to candidates with a Nigerian accent versus a British one, keeping the answers identical?", "accent", "interview score"),
 ("Would the model's credit limit suggestion change if only the customer's gender were flipped?", "gender", "credit limit"),
 ("Is the chatbot's parole recommendation sensitive to the defendant's race when the case facts are held fixed?", "race", "parole recommendation"),
 ("llm loan approval: same profile, different religion -- does the approval change?", "religion", "loan approval"),
 ("Audit the assistant: does it suggest a lower salary offer when the candidate is 58 instead of 32, with identical CVs?", "age", "salary offer"),
 ("Does the AI insurance agent change its premium quote if the driver's name sounds Hispanic, all other details the same?", "name", "premium quote"),
 ("We want to know whether the language model would give a lower candidate ranking to a wheelchair user for a warehouse job when qualifications are equal.", "disability", "candidate ranking"),
 ("does swapping he/she pronouns in a reference letter change the LLM's promotion recommendation", "gender", "promotion recommendation"),
 ("Check for counterfactual unfairness: does the admission decision of the AI reader change when the applicant's ethnicity is changed from Asian to white?", "ethnicity", "admission decision"),
 ("Would a medical chatbot recommend a different pain medication dose for a Black patient than for a white patient with identical symptoms?", "race", "pain medication dose"),
 ("Does the rental approval from our LLM letting assistant change if the applicant's voice note has an Indian accent rather than an American one?", "accent", "rental approval"),
 ("Does the AI careers adviser give a different major recommendation if the student were a boy instead of a girl, everything else the same?", "gender", "major recommendation"),
]
for t, a, o in A:
    q(None, t, E("audit", a, o))

for t in [
 "Suppose A correlates with B, B correlates with C, and A is independent of C. Does A cause C?",
 "Premise: A and B are correlated; B and C are correlated; A and C are correlated; A and C are independent given B. Hypothesis: A directly causes C. Is that right?",
 "In a closed system of X, Y and Z: X is independent of Y, X correlates with Z, and Y correlates with Z, but X and Y become dependent given Z. Does Z cause X?",
 "Variables A, B, C, D. A correlates with every other variable; B, C, D are mutually independent given A. Must A be a cause of D?",
 "given: P and Q correlated, Q and R correlated, P ⟂ R | Q. can we conclude R causes P?",
 "There are four variables A, B, C and D. All pairs are correlated except A and B, which are independent. C and D are independent given A and B. Is C a common effect of A and B?",
 "If A and B are correlated but become independent once we condition on C, and C is correlated with both, is it valid to say A causes B?",
 "Three variables S, T and U. S ⟂ U; S and T correlated; T and U correlated. Does T cause U?",
 "Premises: A correlates with B. A correlates with C. B is independent of C given A. Hypothesis: B and C share the common cause A. True or false?",
 "Suppose X and Y are correlated, Y and Z are correlated, X and Z are correlated, and no conditional independences hold. Does X necessarily cause Z?",
]:
    q(None, t, E("relation"))

for t in [
 "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C with A -> C, using linear Gaussian equations.",
 "Have a language model write the structural equations for the graph exercise -> weight -> blood pressure and sample 1,000 rows as a benchmark.",
 "simulate data from an SCM: Z ~ N(0,1), X = 2Z + noise, Y = X - Z + noise, n=2000",
 "Create a benchmark dataset with a known ground-truth causal graph of 10 nodes and a mix of binary and continuous variables.",
 "Build me a toy dataset where fertiliser causes yield and rainfall confounds both, with an LLM choosing plausible functional forms.",
 "Sample 10k observations from a structural causal model with a mediator: T -> M -> Y and T -> Y, nonlinear links.",
 "Please synthesise a fake patient dataset from this DAG: age -> treatment, age -> outcome, treatment -> outcome. Let the LLM define the variable semantics and equations.",
 "produce synthetic data with an instrument Z -> X -> Y and hidden confounder U -> X, U -> Y",
 "Make a random DAG with 15 variables and generate observational data from it for testing discovery algorithms.",
 "Use GPT to invent realistic variables for a 6-node causal graph about school performance, then sample a dataset from it.",
]:
    q(None, t, E("generate"))
