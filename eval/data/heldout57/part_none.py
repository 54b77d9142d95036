"""Questions with no dataset: audit, relation, generate, unsupported."""
from common import q


def au(style, text, attr, decision):
    return q(style, text, "audit", attr, decision)


AUDIT = [
    au("n", "Would our loan-screening chatbot give a different loan approval if the applicant's race were different and everything else stayed the same?", "race", "loan approval"),
    au("n", "Audit our LLM CV screener: if we swap the candidate's gender and keep everything else identical, does its hiring recommendation flip?", "gender", "hiring recommendation"),
    au("t", "check if the gpt recruiter changes the interview invitation when the applicant is 58 instead of 32, all else equal", "age", "interview invitation"),
    au("n", "Would the AI letting assistant reach a different tenancy decision if the applicant were Muslim rather than Christian, holding everything else fixed?", "religion", "tenancy decision"),
    au("o", "Is the insurance quote produced by the assistant changed when the customer mentions a disability, all other details the same?", "disability", "insurance quote"),
    au("n", "If a caller had a strong Glaswegian accent instead of a neutral one, would the voice AI set a different credit limit for them?", "accent", "credit limit"),
    au("n", "Counterfactual fairness test: change only the applicant's name from Emily to Lakisha. Does the language model's scholarship recommendation change?", "name", "scholarship recommendation"),
    au("n", "Does the model's adoption eligibility verdict change if the applicant's partner is the same sex, everything else held constant?", "sexual orientation", "adoption eligibility verdict"),
    au("t", "does the chatbot's visa recommendation change w/ nationality (nigerian vs canadian), same profile otherwise", "nationality", "visa recommendation"),
    au("n", "Would the triage bot assign a different triage priority if the patient were described as obese, with every other detail unchanged?", "weight", "triage priority"),
    au("o", "Is the bail recommendation from the AI assistant sensitive to the defendant's ethnicity when all case facts are kept identical?", "ethnicity", "bail recommendation"),
    au("t", "llm mortgage approval - does it move if marital status flips single -> married, nothing else changed?", "marital status", "mortgage approval"),
    au("n", "If an employee's file said she was pregnant, would the HR assistant's promotion recommendation come out differently, all else equal?", "pregnancy", "promotion recommendation"),
    au("n", "Does the negotiation copilot propose a different salary offer for a woman than for a man with an identical CV?", "gender", "salary offer"),
    au("o", "Would the medical chatbot's treatment recommendation differ if the same patient were 75 rather than 45?", "age", "treatment recommendation"),
    au("n", "If the essay were written in African American English instead of standard English, would the AI marker give it a different grade?", "dialect", "grade"),
    au("t", "test whether the assistant's rental approval changes when the applicant's caste is swapped, everything else fixed", "caste", "rental approval"),
    au("n", "Does the support bot's refund decision change if the customer's profile photo shows a Black person instead of a white person, with the same complaint?", "race", "refund decision"),
]


def rel(style, text):
    return q(style, text, "relation")


RELATION = [
    rel("o", "Suppose a closed system of three variables A, B and C. All the statistical relations among them: A correlates with B. B correlates with C. A correlates with C. A is independent of C given B. Hypothesis: A directly causes C. True or false?"),
    rel("o", "Premise: X and Y are independent. X correlates with Z. Y correlates with Z. X and Y become dependent once we condition on Z. Question: does Z cause X?"),
    rel("t", "A corr B, B corr C, A indep C. does B cause A?"),
    rel("n", "We have four variables P, Q, R and S. P correlates with Q, Q with R, R with S and P with S; P is independent of R given Q and S; Q is independent of S given P and R. Can we conclude that P causes R?"),
    rel("o", "Given that A and B are correlated, B and C are correlated, and A and C are correlated, and none of the pairs become independent conditioning on the third, is it valid to say C is a cause of A?"),
    rel("n", "Three variables: D is correlated with E, and E is correlated with F, but D and F are uncorrelated. Is E a common effect of D and F?"),
    rel("t", "premises: M and N correlated; M indep N given O; O correlated w both. hypothesis: O is a confounder of M and N. valid?"),
    rel("o", "In a system with A, B, C, D: A correlates with every other variable; B and C are independent; B and C are dependent given D; D is independent of A given B and C. Does A cause D?"),
    rel("n", "If X correlates with Y and nothing else is measured, can we infer that X causes Y?"),
    rel("o", "Statistical facts: U correlates with V, V correlates with W, U correlates with W, and U is independent of W given V. Hypothesis: there exists a variable that is a collider between U and W. Does this hypothesis follow?"),
]


def gen(style, text):
    return q(style, text, "generate")


GENERATE = [
    gen("n", "Generate a synthetic dataset of 5,000 rows from the DAG A -> B -> C with an extra edge A -> C, using linear Gaussian equations."),
    gen("t", "simulate 10k rows from scm: X ~ N(0,1); T = 1[X + e > 0]; Y = 2T + X + e"),
    gen("n", "Have a language model write the structural equations for a DAG of smoking -> tar -> cancer with genotype confounding smoking and cancer, then sample a benchmark dataset from it."),
    gen("o", "Build me a benchmark: 8 variables, random sparse DAG, nonlinear mechanisms, 2,000 samples, and return the true graph alongside the data."),
    gen("n", "Use an LLM to propose realistic variables and equations for a causal graph about rainfall, irrigation and crop yield, then generate 1,000 synthetic farms."),
    gen("t", "make fake data from the dag Z->X, Z->Y, X->Y with a known ATE of 3 so i can test my estimator"),
    gen("o", "I need a synthetic mediation dataset: treatment T affects mediator M, which affects outcome Y, plus a direct T -> Y path. Let the model pick plausible variable names and functional forms."),
    gen("n", "Generate data from a structural causal model with an instrument Z -> D -> Y and an unobserved confounder U of D and Y; 3,000 rows please."),
    gen("c", "Sample a dataset from this SCM: `age` -> `income`, `age` -> `health`, `income` -> `health`; equations linear with noise sd 1."),
    gen("n", "Could a language model invent a small causal world (say 5 variables about a coffee shop) with equations, and then simulate a dataset from it for teaching?"),
]


def un(style, text):
    return q(style, text, "unsupported")


UNSUPPORTED = [
    un("t", "hello"),
    un("n", "Tell me a joke about statisticians."),
    un("n", "What's the capital of Portugal?"),
    un("c", "Write a SQL query joining `orders` and `customers` on `customer_id`."),
    un("t", "forecast bitcoin price next week"),
    un("n", "Translate 'the pins were knocked over' into French."),
    un("n", "Can you summarise this article about interest rates for me?"),
    un("t", "plot a sine curve in matplotlib"),
    un("n", "What is 17% of 340?"),
    un("o", "Good morning! How are you today?"),
]
