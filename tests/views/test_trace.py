"""kg trace: a plan's objective -> its milestones, leads and dated updates -> other versions of the plan."""
from __future__ import annotations


def test_mental_health_objective_traces_to_camhs_transition_updates_and_the_may_2013_draft(cypp_kg):
    trace = cypp_kg.trace("improve the mental health of children and young people")
    objective, broader = trace["priority"], trace["broader"]
    assert (objective["number"], objective["source"], objective["lines"]) == \
        ("1.vii", "rotherham-cypf-partnership-2014-01-15.txt", [1411, 1419])
    assert (broader["number"], broader["text"]) == ("1", "We will ensure children have the best start in life")
    transition = next(a for a in trace["actions"] if a["number"] == "42")
    assert transition["text"] == "Continue to improve the transition for children and young people from CAMHS to adult services"
    assert "Ruth Fletcher-Brown" in transition["leads"] and transition["lead_uncertain"]
    assert [(u["period"], u["text"], u["lines"]) for u in transition["updates"]][:2] == [
        ("December 2013", "This is covered in a CQUIN for 2013/14", [1495, 1495]),
        ("December 2013", "RDaSH still have some work to do to improve the transition process", [1497, 1498])]
    assert [(v["priority"]["source"], v["priority"]["number"]) for v in trace["versions"]] == \
        [("rotherham-improving-lives-2014-09-17.txt", "1.vii")]
    draft = trace["plan_versions"][0]
    assert (draft["strategy"]["source"], draft["strategy"]["lines"], draft["strategy"]["date"]) == \
        ("rotherham-cypf-partnership-2013-05-22.txt", [476, 705], "2013-05-22")
    assert (draft["match"], draft["priority"]["number"], draft["priority"]["text"]) == \
        ("broader", "1", "We will ensure children have the best start in life")
    june = next(v for v in trace["plan_versions"] if v["strategy"]["lines"] == [307, 661])
    assert (june["match"], june["priority"]["number"]) == ("same", "1.vii")


def test_the_trace_tree_shows_the_priority_above_and_the_draft_plan(cypp_kg):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["trace", "improve the mental health of children and young people",
                                      "--store", str(cypp_kg.store.root)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "under priority 1 We will ensure children have the best start in life" in result.output
    assert "plan version 2013-05-22 Rotherham Children and Young People's Action Plan 2013 – 2016" in result.output
