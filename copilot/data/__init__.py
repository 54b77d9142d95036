"""The user's table: read it, profile it, match column names, filter rows, spot unusable columns.

The package's API is the names below; the front ends, the graph and the understanding step import
them from `copilot.data`. Modules, each one responsibility:
- `io`: reading a file with the size limit and clear errors (`load_table`, `max_file_mb`);
- `profile`: column types and the data profile for prompts and the UI;
- `columns`: one normal form for column names, the closest names, `require_columns`;
- `filters`: a task's row conditions (`apply_conditions`);
- `checks`: columns that cannot carry an effect question (row identifiers, derived outcomes).
Turning rows into numbers for an estimator is the tools' business: `tools/prep.py`.
"""

from copilot.data.checks import effect_data_problem, looks_like_identifier
from copilot.data.columns import closest_columns, normal_name, require_columns, suggest_columns
from copilot.data.filters import apply_conditions
from copilot.data.io import DEFAULT_MAX_MB, MIN_ROWS, load_table, max_file_mb, size_over_limit
from copilot.data.profile import ColumnProfile, ColumnType, DataProfile, column_type, profile

__all__ = [
    "DEFAULT_MAX_MB",
    "MIN_ROWS",
    "ColumnProfile",
    "ColumnType",
    "DataProfile",
    "apply_conditions",
    "closest_columns",
    "column_type",
    "effect_data_problem",
    "load_table",
    "looks_like_identifier",
    "max_file_mb",
    "normal_name",
    "profile",
    "require_columns",
    "size_over_limit",
    "suggest_columns",
]
