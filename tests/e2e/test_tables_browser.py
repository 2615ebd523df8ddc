"""A pasted table's cells on the Check an article page: each quoted with its caption, row and
column, the figure in bold, and the page still lays out its blocks."""

import pytest

from tests.e2e.harness import open_page, screenshot

pytestmark = pytest.mark.browser


def test_a_table_cell_is_quoted_with_its_caption_row_and_column(server, page, tmp_path):
    document = tmp_path / "table.md"
    document.write_text(
        "# Turkey and Russia\n\nTable 1. Turkey's trade with Russia, US$ bn\n\n"
        "| Year | Imports from Russia | Exports to Russia |\n|---|---|---|\n"
        "| 2019 | 23.1 | 4.2 |\n| 2020 | 17.8 | 4.5 |\n",
        encoding="utf-8",
    )
    open_page(page, server + "/check")
    page.locator("[data-testid='stFileUploader'] input[type='file']").set_input_files(document)
    page.get_by_text("figure(s) found and checked").wait_for(timeout=60_000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']")
    quoted = page.locator("blockquote").filter(has_text="2020 | Exports to Russia")
    quoted.first.wait_for(state="visible", timeout=30_000)
    text = quoted.first.inner_text()
    assert text.startswith("Table 1. Turkey's trade with Russia, US$ bn")
    assert quoted.first.locator("strong").inner_text() == "4.5"
    screenshot(page, "check-table")
