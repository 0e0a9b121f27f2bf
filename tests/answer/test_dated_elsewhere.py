

def test_a_row_of_columns_is_of_each_year_its_tables_header_prints():
    text = ("Placements reviewed on time have been low for some years across the whole of the county service.\n"
            "Targets 2016/2017\n2015/\n2016\n2014/ 2015\nCarers approved\n↑ 40 31 22\n"
            "Reviews held within 15 working days ↑ 48% 41% 30%")
    ev = _evidence(text, (60, 67))
    ev.quoted = [Quote("Reviews held within 15 working days ↑ 48% 41% 30%", (67, 67))]
    for year in ("2016/17", "2015/16", "2014/15"):
        asked = f"What share of reviews were held within 15 working days in {year}?"
        assert figure_refusal(read_question(asked), [ev]) is None, year
    refused = figure_refusal(read_question("What share of reviews were held within 15 working days in 2019/20?"),
                             [ev])
    assert refused is not None and refused.reason == "no_date" and refused.missing == ["a figure for 2019/20"]
