"""Reading newspaper pages: the seed page article by article, other dateline formats, the CLI."""

from __future__ import annotations

import json

import pytest
from test_cli import cli

from cnnews_nlp import load
from cnnews_nlp.news import Article, Page, read_page

from conftest import SEED


@pytest.fixture(scope="module")
def page(seed_text: str) -> Page:
    return read_page(seed_text, extractor=load())


def heads(article: Article) -> tuple[str | None, str | None, list[str]]:
    return (
        article.kicker.text if article.kicker else None,
        article.headline.text if article.headline else None,
        [s.text for s in article.subtitles],
    )


def test_articles_and_kinds(page: Page) -> None:
    assert [a.kind for a in page.articles] == [
        "story", "story", "story", "continuation", "notice", "story", "story",
    ]  # fmt: skip
    assert len(page.stories) == 5
    with pytest.raises(ValueError, match="kind must be one of"):
        Article("advert", 0, 1)


def test_headlines_kickers_subtitles(page: Page) -> None:
    a = page.articles
    assert heads(a[0]) == (
        "长沙产业技术创新战略联盟推动成立的湖南首个创新联合体展开协同创新，助力长沙打造“钠电之都”",
        "技术“珍珠”串成钠电产业“项链”",
        [],
    )
    assert heads(a[1]) == (
        None,
        "“云上汾山”小镇青年山野音乐会启幕",
        ["沉浸式体验“音乐+文旅”新玩法", "奏响农文旅融合新乐章"],
    )
    assert heads(a[2])[1] == "破题“宝妈”就业难 芙蓉区发出“妈妈岗”征集令"
    assert heads(a[3]) == (None, None, [])
    assert heads(a[4])[1] == "2025 湖南汽车展"
    assert heads(a[5]) == (
        None,
        "湖南师大附中举行“校友回湘”暨建校120周年高质量发展大会",
        ["学长当“创业引路人” 传递附中“青春密码”"],
    )
    assert heads(a[6])[1] == "四大花火战队夜空竞技 第三届湘赣艺术焰火邀请赛在浏阳举行"


def test_datelines_and_bylines(page: Page) -> None:
    a = page.articles
    assert a[0].dateline is None
    assert [(b.role, b.name) for b in a[0].bylines] == [
        ("全媒体记者", "徐运源"),
        ("通讯员", "蒋会明"),
        ("通讯员", "蒲鑫"),
    ]
    for article, people in [
        (a[1], [("全媒体记者", "张禹"), ("通讯员", "张瑞"), ("通讯员", "陈卓刚")]),
        (a[2], [("全媒体记者", "颜家文")]),
        (a[5], [("全媒体记者", "张炎炎"), ("通讯员", "吴卿"), ("通讯员", "梁文婷")]),
        (a[6], [("全媒体记者", "颜开云"), ("通讯员", "袁安")]),
    ]:
        assert article.dateline is not None
        assert (article.dateline.source, article.dateline.date_text) == ("长沙晚报", "4月12日")
        assert article.dateline.date == "2025-04-12"
        assert [(b.role, b.name) for b in article.bylines] == people


def test_captions_and_credits(page: Page) -> None:
    captions = [
        (c.text, [(p.role, p.name) for p in c.credit]) for a in page.articles for c in a.captions
    ]
    assert captions == [
        ("“云上汾山”小镇青年山野音乐会在山水秘境浪漫启幕。", [("全媒体记者", "陈飞")]),
        (
            "大会上，6位不同年代自主创业的优秀校友代表获赠创新创业导师聘书。",
            [("全媒体记者", "林焱")],
        ),
        ("4月11日、12日，第三届湘赣艺术焰火邀请赛在浏阳天空剧院举行。", [("通讯员", "刘珂")]),
    ]


def test_boilerplate_stays_out_of_the_text(page: Page) -> None:
    for article in page.articles:
        assert article.document is not None
        assert "扫码看辣视频" not in article.document.text
        assert "打卡汾山音乐会" not in article.document.text
        assert "上接1版" not in article.document.text


def test_broken_words_are_repaired(page: Page) -> None:
    first, moms, school = (
        page.articles[0].document,
        page.articles[2].document,
        page.articles[5].document,
    )
    assert first is not None and moms is not None and school is not None
    assert "产业化的成员企业" in first.text
    assert "液流电池技术创新联合体" in first.text
    assert "企业与社会的多方共赢" in moms.text
    assert "是附中永葆青春的生命密码" in school.text


def test_reference_date_is_inferred_and_used(page: Page) -> None:
    assert (page.reference_date, page.reference_date_source) == ("2025-04-12", "dateline")
    fireworks = page.articles[6].document
    assert fireworks is not None
    assert fireworks.reference_date_source == "dateline"
    evening = next(d for d in fireworks.dates if d.text == "12日晚")
    assert (evening.first, evening.last) == ("2025-04-12T18:00", "2025-04-12T23:59")


def test_offsets_refer_to_the_page(page: Page, seed_text: str) -> None:
    assert page.text == seed_text
    article = page.articles[0]
    assert article.document is not None
    for entity in article.document.entities:
        start = article.page_offset(entity.start)
        if "\n" not in seed_text[start : start + len(entity.text)]:
            assert seed_text[start : start + len(entity.text)] == entity.text


def test_json_round_trip(page: Page) -> None:
    again = Page.from_json(page.to_json())
    assert again == page


@pytest.mark.parametrize(
    ("text", "source", "place", "date_text", "people"),
    [
        (
            "中美经贸磋商取得进展\n\n新华社北京4月12日电（记者 王小明、李华）"
            "国务院新闻办公室举行发布会。（完）\n\n（责任编辑：张三）",
            "新华社", "北京", "4月12日", [("记者", "王小明"), ("记者", "李华")],
        ),
        (
            "市民广场升级改造完工\n\n本报讯（记者 刘洋 通讯员 陈静）"
            "近日，长沙市民广场升级改造完工。\n\n来源：长沙晚报",
            "本报", None, None, [("记者", "刘洋"), ("通讯员", "陈静")],
        ),
        ("人民网北京4月12日电 国家统计局今天发布数据。", "人民网", "北京", "4月12日", []),
        (
            "人民网北京2025年4月12日电 国家统计局今天发布数据。",
            "人民网", "北京", "2025年4月12日", [],
        ),
        (
            "一季度外贸开局良好\n\n中新网4月12日电 海关总署12日公布数据。",
            "中新网", None, "4月12日", [],
        ),
        ("央视网消息：据中国地震台网正式测定，四川发生地震。", "央视网", None, None, []),
    ],
)  # fmt: skip
def test_dateline_formats(
    text: str, source: str, place: str | None, date_text: str | None, people: list[tuple[str, str]]
) -> None:
    (article,) = read_page(text).articles
    assert article.dateline is not None
    assert (article.dateline.source, article.dateline.place, article.dateline.date_text) == (
        source, place, date_text,
    )  # fmt: skip
    assert [(b.role, b.name) for b in article.bylines] == people
    assert article.document is not None
    for mark in ("（完）", "责任编辑", "来源："):
        assert mark not in article.document.text


def test_editor_note_belongs_to_its_story() -> None:
    (article,) = read_page(
        "【编者按】春天是播种的季节。\n\n春耕进行时\n\n本报讯（记者 周敏）清明前后，农民抢抓农时。"
    ).articles
    assert (
        article.editor_note is not None
        and article.editor_note.text == "【编者按】春天是播种的季节。"
    )
    assert article.headline is not None and article.headline.text == "春耕进行时"


def test_page_without_datelines() -> None:
    text = "这是一段没有电头的文字，讲述了长沙的春天。\n\n今年的花开得早。"
    unknown = read_page(text)
    assert unknown.reference_date is None
    assert [a.kind for a in unknown.articles] == ["story"]
    given = read_page(text, "2025-04-12")
    assert (given.reference_date, given.reference_date_source) == ("2025-04-12", "caller")
    document = given.articles[0].document
    assert document is not None
    assert [(d.text, d.first) for d in document.dates] == [("今年", "2025-01-01")]


def test_without_a_year_the_dateline_stays_unresolved() -> None:
    page = read_page("新华社北京4月12日电（记者 王小明）国务院新闻办公室12日举行发布会。")
    assert page.articles[0].dateline is not None
    assert page.articles[0].dateline.date is None
    assert page.reference_date is None


def test_a_dateline_with_its_year_dates_the_page() -> None:
    page = read_page("人民网北京2024年12月31日电 国家统计局今天发布数据，明天起实施。")
    assert (page.reference_date, page.reference_date_source) == ("2024-12-31", "dateline")
    document = page.articles[0].document
    assert document is not None
    assert [(d.text, d.first) for d in document.dates] == [
        ("今天", "2024-12-31"),
        ("明天起", "2025-01-01"),
    ]


def test_bad_input() -> None:
    with pytest.raises(TypeError, match="got bytes"):
        read_page(b"abc")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reference_date"):
        read_page("长沙", "2025-13-01")
    assert read_page("").articles == []


def test_cli_page_table_and_json() -> None:
    table = cli("page", str(SEED))
    assert table.returncode == 0, table.stderr
    assert "7 articles, reference date 2025-04-12 (from dateline)" in table.stdout
    assert "Headline: 技术“珍珠”串成钠电产业“项链”" in table.stdout
    assert (
        "Caption: “云上汾山”小镇青年山野音乐会在山水秘境浪漫启幕。 — 全媒体记者 陈飞"
        in table.stdout
    )
    assert "People (" in table.stdout
    data = json.loads(cli("page", str(SEED), "--format", "json").stdout)
    assert data["reference_date"] == "2025-04-12"
    assert len(data["articles"]) == 7


def test_page_html_shows_each_article_with_its_text_marked(page: Page) -> None:
    shown = page._repr_html_()
    assert shown.startswith('<div class="cnnews-nlp-page"><div>7 articles · reference date')
    heads = [shown.index(f">{a.headline.text}</h3>") for a in page.articles if a.headline]
    assert heads == sorted(heads) and len(heads) == 6
    assert shown.count('<div class="cnnews-nlp">') == 7  # each article's text, marked
    assert "长沙晚报4月12日讯(全媒体记者 张禹 通讯员 张瑞 陈卓刚) → 2025-04-12" in shown
    standalone = cli("page", str(SEED), "--format", "html").stdout
    assert standalone.startswith("<!DOCTYPE html>") and shown in standalone


def test_an_entity_broken_by_the_layout_comes_out_whole(seed_text: str) -> None:
    """液流电池技 / 术创新联合体: once joined, an engine that knows the name tags it whole."""
    extractor = load()
    ruler = extractor.nlp.add_pipe("entity_ruler", after="ner", config={"overwrite_ents": True})
    ruler.add_patterns([{"label": "ORG", "pattern": "液流电池技术创新联合体"}])  # type: ignore[attr-defined]
    article = read_page(seed_text, extractor=extractor).articles[0]
    assert article.document is not None
    (entity,) = [e for e in article.document.entities if e.text == "液流电池技术创新联合体"]
    start = article.page_offset(entity.start)
    end = article.page_offset(entity.end - 1) + 1
    assert "\n" in seed_text[start:end]  # the layout broke it on the page
    assert seed_text[start:end].replace("\n", "") == "液流电池技术创新联合体"
