"""copilot.data: loading with clear errors, profiling, filtering, preparing for estimators."""

import numpy as np
import pandas as pd
import pytest

from copilot.data import (
    MIN_ROWS,
    apply_conditions,
    closest_columns,
    load_table,
    looks_like_identifier,
    normal_name,
    profile,
    require_columns,
    size_over_limit,
)
from copilot.errors import UserError
from copilot.task import Condition
from tools.prep import check_treatment_varies, encode_treatment, prepare


def _frame(n=100, seed=0):
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "age": rng.integers(20, 80, n),
            "sex": rng.choice(["male", "female"], n),
            "city": rng.choice(["Oslo", "Rome", "Lima"], n),
            "signup": pd.date_range("2021-01-01", periods=n).astype(str),
            "note": [f"customer wrote a long comment number {i} about the service" for i in range(n)],
            "spend": rng.normal(size=n),
        }
    )


def test_load_csv_tsv_parquet_round_trip(tmp_path):
    df = _frame()
    df.to_csv(tmp_path / "a.csv", index=False)
    df.to_csv(tmp_path / "a.tsv", index=False, sep="\t")
    df.to_csv(tmp_path / "semi.csv", index=False, sep=";")
    df.to_parquet(tmp_path / "a.parquet")
    for name in ["a.csv", "a.tsv", "semi.csv", "a.parquet"]:
        loaded = load_table(tmp_path / name)
        assert list(loaded.columns) == list(df.columns), name
        assert len(loaded) == len(df)
        assert np.allclose(loaded["spend"], df["spend"])


def test_missing_and_empty_file(tmp_path):
    with pytest.raises(UserError, match="does not exist"):
        load_table(tmp_path / "nope.csv")
    (tmp_path / "empty.csv").write_text("")
    with pytest.raises(UserError, match="empty"):
        load_table(tmp_path / "empty.csv")
    (tmp_path / "header_only.csv").write_text("a,b\n")
    with pytest.raises(UserError, match="no data rows"):
        load_table(tmp_path / "header_only.csv")


def test_no_header_and_duplicate_names(tmp_path):
    rows = "\n".join(f"{i},{i * 2},{i * 3}" for i in range(60))
    (tmp_path / "nohead.csv").write_text(rows + "\n")
    with pytest.raises(UserError, match="no header row") as err:
        load_table(tmp_path / "nohead.csv")
    assert "Add a first row" in str(err.value)
    (tmp_path / "dup.csv").write_text("x,y,x\n" + rows + "\n")
    with pytest.raises(UserError, match="duplicate column names: x") as err:
        load_table(tmp_path / "dup.csv")
    assert "Rename" in str(err.value)


def test_unreadable_file(tmp_path):
    (tmp_path / "bad.csv").write_text('a,b\n1,2\n3,"4\n5,6,7,8\n' * 20)
    with pytest.raises(UserError, match="Could not read"):
        load_table(tmp_path / "bad.csv")
    (tmp_path / "bad.parquet").write_bytes(b"not parquet at all")
    with pytest.raises(UserError, match="Parquet"):
        load_table(tmp_path / "bad.parquet")


def test_size_limit_argument_and_environment(tmp_path, monkeypatch):
    _frame(2000).to_csv(tmp_path / "big.csv", index=False)
    with pytest.raises(UserError, match="over the 0.01 MB limit") as err:
        load_table(tmp_path / "big.csv", max_mb=0.01)
    assert "COPILOT_MAX_FILE_MB" in str(err.value)
    monkeypatch.setenv("COPILOT_MAX_FILE_MB", "0.02")
    with pytest.raises(UserError, match="0.02 MB limit"):
        load_table(tmp_path / "big.csv")
    monkeypatch.setenv("COPILOT_MAX_FILE_MB", "50")
    assert len(load_table(tmp_path / "big.csv")) == 2000


def test_too_few_rows(tmp_path):
    _frame(10).to_csv(tmp_path / "small.csv", index=False)
    with pytest.raises(UserError, match=f"only 10 rows.*at least {MIN_ROWS}"):
        load_table(tmp_path / "small.csv")


def test_profile_types():
    df = _frame()
    df["flag"] = df["age"] > 50
    df.loc[:9, "spend"] = np.nan
    prof = profile(df)
    types = {c.name: c.type for c in prof.columns}
    assert types == {
        "age": "numeric",
        "sex": "binary",
        "city": "categorical",
        "signup": "date",
        "note": "text",
        "spend": "numeric",
        "flag": "binary",
    }
    assert prof.get("spend").missing_share == pytest.approx(0.1)
    assert prof.get("city").n_distinct == 3
    assert prof.names()[0] == "age"
    with pytest.raises(UserError, match="Did you mean 'city'"):
        prof.get("City ")


def test_profile_lists_every_level_of_a_categorical():
    """A question may name a rare level ("for Japanese dubs"); the parser sees only the profile's values."""
    langs = ["German"] * 60 + ["French"] * 50 + ["Spanish"] * 40 + ["Italian"] * 35 + ["Portuguese"] * 25 + \
        ["Korean"] * 20 + ["Japanese"] * 10
    prof = profile(pd.DataFrame({"language": langs, "x": np.arange(len(langs))}))
    levels = prof.get("language").examples
    assert set(levels) == {"German", "French", "Spanish", "Italian", "Portuguese", "Korean", "Japanese"}
    assert levels[0] == "German"  # the most frequent first
    assert len(prof.get("x").examples) == 5  # other columns keep a few examples


def test_unknown_column_suggests_closest():
    cols = ["re78", "re75", "treat", "age", "education"]
    assert closest_columns("treatment", cols)[0] == "treat"
    assert closest_columns("Education", cols)[0] == "education"
    with pytest.raises(UserError, match="Column 'treatmnt' is not in the data") as err:
        require_columns(["treat", "treatmnt"], cols)
    assert "Did you mean 'treat'" in str(err.value)
    with pytest.raises(UserError, match="The columns are: re78"):
        require_columns(["zzzz"], cols)
    require_columns(["treat", "age"], cols)  # no error


def test_conditions_filter_and_empty_result():
    df = _frame()
    out = apply_conditions(df, [Condition(column="age", op=">=", value=60), Condition(column="sex", op="==", value="male")])
    assert len(out) == ((df.age >= 60) & (df.sex == "male")).sum() > 0
    with pytest.raises(UserError, match="No rows are left.*age > 500"):
        apply_conditions(df, [Condition(column="age", op=">", value=500)])
    with pytest.raises(UserError, match="not in the data"):
        apply_conditions(df, [Condition(column="agez", op=">", value=5)])
    with pytest.raises(UserError, match="compares the numeric column"):
        apply_conditions(df, [Condition(column="age", op=">", value="old")])


def test_prepare_one_hot_and_drop_count():
    df = _frame()
    df.loc[:4, "age"] = np.nan
    frame, dropped = prepare(df, ["sex", "age", "city", "spend"], raw=["sex"])
    assert dropped == 5 and len(frame) == 95
    assert set(frame.columns) == {"sex", "age", "city=Oslo", "city=Rome", "spend"}  # Lima is the base level
    assert frame["city=Oslo"].isin([0.0, 1.0]).all()
    assert frame["sex"].dtype == df["sex"].dtype


def test_prepare_all_missing_and_too_few_usable_rows():
    df = _frame()
    df["empty"] = np.nan
    with pytest.raises(UserError, match="'empty' is entirely missing") as err:
        prepare(df, ["age", "empty"])
    assert "Choose another column" in str(err.value)
    df["sparse"] = np.where(np.arange(len(df)) < 20, 1.0, np.nan)
    with pytest.raises(UserError, match="Only 20 usable rows \\(80 of 100 dropped for missing values\\)"):
        prepare(df, ["age", "sparse"])


def test_constant_treatment_and_treatment_encoding():
    with pytest.raises(UserError, match="same value \\(1\\) in every usable row"):
        check_treatment_varies(pd.Series([1] * 50), "drug")
    values, levels, binary, _ = encode_treatment(pd.Series(["yes", "no"] * 20), "coupon")
    assert binary and levels == ("no", "yes") and values.tolist()[:2] == [1.0, 0.0]
    values, levels, binary, _ = encode_treatment(pd.Series(["placebo", "drug"] * 20), "arm")
    assert levels == ("placebo", "drug")
    values, levels, binary, _ = encode_treatment(pd.Series([2.0, 5.0, 7.5] * 20), "dose")
    assert not binary and levels is None
    with pytest.raises(UserError, match="3 text values"):
        encode_treatment(pd.Series(["a", "b", "c"] * 20), "arm")
    values, levels, binary, notes = encode_treatment(pd.Series(["a", "b", "c"] * 20), "arm", ("a", "c"))
    assert levels == ("a", "c") and values.isna().sum() == 20 and notes
    with pytest.raises(UserError, match="never takes the value 'z'"):
        encode_treatment(pd.Series(["a", "b"] * 20), "arm", ("a", "z"))


def test_encodings_delimiters_and_compression_are_detected(tmp_path):
    import gzip
    import zipfile

    frame = pd.DataFrame({"größe": [1.5, 2.25] * 20, "städt": ["Köln", "Zürich"] * 20, "y": range(40)})
    cases = {
        "bom.csv": frame.to_csv(index=False).encode("utf-8-sig"),
        "cp1252.csv": frame.to_csv(index=False).encode("cp1252"),
        "utf16.txt": frame.to_csv(index=False, sep="\t").encode("utf-16"),
        "pipes.csv": frame.to_csv(index=False, sep="|").encode(),
        "semi.csv": frame.to_csv(index=False, sep=";", decimal=",").encode(),
        "packed.csv": gzip.compress(frame.to_csv(index=False).encode()),
        "noext": gzip.compress(frame.to_csv(index=False).encode()),
    }
    for name, raw in cases.items():
        (tmp_path / name).write_bytes(raw)
        df = load_table(tmp_path / name)
        assert list(df.columns) == ["größe", "städt", "y"], name
        assert df["größe"].tolist() == frame["größe"].tolist() and df["städt"].iloc[1] == "Zürich", name
    with zipfile.ZipFile(tmp_path / "one.zip", "w") as zf:
        zf.writestr("data.csv", frame.to_csv(index=False))
    assert len(load_table(tmp_path / "one.zip")) == 40
    with zipfile.ZipFile(tmp_path / "two.zip", "w") as zf:
        zf.writestr("a.csv", "x")
        zf.writestr("b.csv", "y")
    with pytest.raises(UserError, match="zip archive with 2 files"):
        load_table(tmp_path / "two.zip")
    (tmp_path / "fake.xlsx").write_text("a,b\n1,2\n")
    with pytest.raises(UserError, match="named like an Excel workbook"):
        load_table(tmp_path / "fake.xlsx")


def test_a_compressed_file_that_expands_past_the_limit_is_refused(tmp_path):
    import gzip

    (tmp_path / "bomb.csv.gz").write_bytes(gzip.compress(b"a,b\n" + b"1,2\n" * 2_000_000))  # 8 MB inside
    with pytest.raises(UserError, match="expands to more than"):
        load_table(tmp_path / "bomb.csv.gz", max_mb=1)


def test_normal_name_is_the_one_rule_for_matching_column_names():
    from copilot.understand.column_reply import resolve_column_reply
    from tools.adjustment import derived_from_outcome

    assert normal_name("Wt82_71") == normal_name("wt82 71") == "wt8271"
    cols = ["wt82_71", "qsmk", "age"]
    assert closest_columns("WT82-71", cols)[0] == "wt82_71"
    assert resolve_column_reply("Wt82 71", [], cols) == "wt82_71"  # the ask-back reply, same rule
    frame = pd.DataFrame({"Spend": np.arange(40.0), "spend_log": np.log1p(np.arange(40.0))})
    assert "contains the outcome's name" in derived_from_outcome(frame, "spend_log", "Spend")


def test_one_identifier_rule_for_treatment_adjustment_and_discovery():
    """NHEFS's `seqn` labels rows (unique, not consecutive): refused as a treatment, screened out of
    the adjustment set and left out of discovery alike; a unique continuous measure is never an ID."""
    from causaldata import nhefs_complete

    from copilot.data import effect_data_problem
    from copilot.task import DiscoverTask
    from tools.adjustment import screen
    from tools.discovery import prepare_data

    nhefs = nhefs_complete.load_pandas().data
    assert looks_like_identifier(nhefs["seqn"], "seqn")
    assert "row identifier" in effect_data_problem(nhefs, "seqn", "wt82_71")
    assert "row identifier" in screen(nhefs, "qsmk", "wt82_71").excluded["seqn"]
    prepared = prepare_data(DiscoverTask(), nhefs[["seqn", "qsmk", "age", "wt71", "wt82_71"]])
    assert "seqn" not in prepared.names and {"qsmk", "age", "wt71"} <= set(prepared.names)
    assert any("'seqn'" in w and "row identifier" in w for w in prepared.warnings)

    rng = np.random.default_rng(0)
    assert not looks_like_identifier(pd.Series(rng.normal(25, 4, 200)), "bmi_index")  # continuous
    assert looks_like_identifier(pd.Series(rng.permutation(200) + 1), "x")  # 1..n in any order
    assert looks_like_identifier(pd.Series(rng.permutation(200) * 7), "Unnamed: 0")
    assert looks_like_identifier(pd.Series(rng.permutation(200) * 7), "patientId")
    assert not looks_like_identifier(pd.Series(rng.permutation(200) * 7), "dose")  # integer, spaced, plain name
    assert not looks_like_identifier(pd.Series(rng.integers(0, 5, 200)), "patient_id")  # repeats: not one per row


def test_size_over_limit_is_the_rule_for_loader_and_upload(tmp_path, monkeypatch):
    """The loader's refusal comes from `size_over_limit` (the web upload's check, tests/test_ui.py, too)."""
    path = tmp_path / "t.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 5000)  # 20,004 bytes
    assert size_over_limit(path, 0.03) is None
    assert size_over_limit(path, 0.02) == (pytest.approx(0.020004), 0.02)
    monkeypatch.setenv("COPILOT_MAX_FILE_MB", "0.01")
    assert size_over_limit(path) == (pytest.approx(0.020004), 0.01)
    with pytest.raises(UserError, match="is 0.0 MB, over the 0.01 MB limit"):
        load_table(path)
    monkeypatch.setenv("COPILOT_MAX_FILE_MB", "0.03")
    assert len(load_table(path)) == 5000
