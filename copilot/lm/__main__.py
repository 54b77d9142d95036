"""`python -m copilot.lm`: the machine the models run on and the dtype chosen for it (CI prints it first)."""

from copilot.lm.device import machine_report

for key, value in machine_report().items():
    print(f"{key:>22}: {value}")
