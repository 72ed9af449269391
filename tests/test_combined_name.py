"""A list of modifiers before ONE name, with one figure, is one combined indicator when one value is reported.

Real plans write it (tests/corpus rows, sources there):
- 新建城区、居住(小)区配套建设养老服务设施达标率100% (tn072, tf010: 十四五公共服务规划,
  https://m.folksfolks.com/news/2022-01/11/content_30934850.htm),
- 困难残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率达100% (tn076, same plan),
- 風電、光伏和生物質發電裝機容量達到280萬千瓦以上 (tt097), 設施農業、畜牧養殖、水產養殖和農產品初加工機械化率總體達到50%以上
  (tf028), 引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个 (tf085),
- 京津冀及周边地区、汾渭平原、东北地区、天山北坡城市群…重度及以上污染天数减少30%以上 (t0357).
Each was a list of parts (one per item) against one value: pending value_count. The rule (zh.yaml several.name_ends,
choosing.heads / measure, several.pairs): only the last item ends a name, the items before it name none and are no word
of a pair, one figure and no 分别 / 均. A list of values still pairs with the items; 城镇、农村… (a pair's halves) and
lists of full names (城镇调查失业率和登记失业率) stay lists; a value naming one item only stays pending.
"""

import pytest

import compliance

COMBINED = [
    ("新建城区、居住(小)区配套建设养老服务设施达标率100%", "100", "met"),
    ("新建城区、居住(小)区配套建设养老服务设施达标率100%", "95", "missed"),
    ("新建城区、居住(小)区配套建设养老服务设施达标率100%", "达标率100%", "met"),
    ("困难残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率达100%", "100", "met"),
    ("困难残疾人生活补贴和重度残疾人护理补贴目标人群覆盖率达100%", "98", "missed"),
    ("風電、光伏和生物質發電裝機容量達到280萬千瓦以上", "300万千瓦", "met"),
    ("風電、光伏和生物質發電裝機容量達到280萬千瓦以上", "260万千瓦", "missed"),
    ("設施農業、畜牧養殖、水產養殖和農產品初加工機械化率總體達到50%以上", "52", "met"),
    ("設施農業、畜牧養殖、水產養殖和農產品初加工機械化率總體達到50%以上", "45", "missed"),
    ("引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个", "3个", "met"),
    ("引进世界500强、中国500强、上市公司或行业龙头企业投资项目不少于3个", "2个", "missed"),
]


@pytest.mark.parametrize(("target", "reported", "status"), COMBINED)
def test_one_value_is_the_combined_indicators(target: str, reported: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert verdict.status.value == status
    assert [n.code for n in verdict.notes] == ["combined_name"]
    assert len(verdict.parts) == 1  # one judged part, named by the whole list
    assert verdict.parts[0].target.subject.text.startswith(target[:2])


def test_said_in_both_languages() -> None:
    verdict = compliance.evaluate("新建城区、居住(小)区配套建设养老服务设施达标率100%", "95")
    assert "合并指标" in verdict.explain("zh") and "未达标" in verdict.explain("zh")
    assert "one combined indicator: missed" in verdict.explain("en")


def test_a_region_list_before_one_measure() -> None:
    target = "京津冀及周边地区、汾渭平原、东北地区、天山北坡城市群人为因素导致的重度及以上污染天数减少30%以上"
    assert compliance.evaluate(target, "减少35%", polarity="lower").status.value == "met"
    assert compliance.evaluate(target, "减少20%", polarity="lower").status.value == "missed"


@pytest.mark.parametrize(
    ("target", "reported", "status"),
    [
        # a list of values still pairs with the items in order (tt099's probes)
        ("新建公共機構建筑、新建廠房屋頂光伏覆蓋率力爭達到50%", "分别为55%、60%", "met"),
        ("新建公共機構建筑、新建廠房屋頂光伏覆蓋率力爭達到50%", "分别为55%、40%", "missed"),
        # a value that names one item only is not the combined indicator's
        ("新建城区、居住(小)区配套建设养老服务设施达标率100%", "新建城区达标率98%", "pending"),
        # the halves of a pair (城镇 / 农村) are two indicators: one value is whose?
        ("城镇、农村居民人均可支配收入增长8%", "9", "pending"),
        ("城镇和农村居民人均可支配收入增长8%", "7", "pending"),
        # full names on both sides of 和 are two indicators
        ("城镇调查失业率和登记失业率稳定在4.3%左右", "4.0", "pending"),
        # a head alone, no measure of them all (粮食、蔬菜产量: each its own output; 排放量 of two pollutants)
        ("粮食、蔬菜产量稳定在100万吨以上", "110万吨", "pending"),
        ("二氧化硫、氮氧化物排放量下降3%", "下降4%", "pending"),
        # no name at all after the list (provinces): no combined indicator; one value is one place's, judged against the
        # figure they share (stop 28, judge/parts.shared_places, note shared_figure: it was pending value_count)
        ("江西、新疆为7%左右", "7.1", "met"), ("江西、新疆为7%左右", "6.5", "missed"),
        # 分别 / 均: a figure for each item
        ("城镇、农村居民人均可支配收入分别增长6%、7%", "6.5", "pending"),
        ("粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上", "110万吨", "pending"),
    ],
)
def test_lists_that_stay_lists(target: str, reported: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert verdict.status.value == status
    assert "combined_name" not in [n.code for n in verdict.notes]


def test_the_reading_is_unchanged() -> None:
    # the parse stays a list of the items (documents, render and the bulk path see what they saw)
    parsed = compliance.parse_target("新建城区、居住(小)区配套建设养老服务设施达标率100%")
    assert parsed.kind == "several" and len(parsed.parts) == 2


# A level and a change of one indicator, the second clause with no subject of its own (t0332, t0109 of
# tests/corpus/targets.tsv): one value is judged by the part(s) that read it, where they agree; said which.
LEVEL_AND_CHANGE = "固定资产投资162亿元,增长7%"
FROM_CHANGE_TO = "森林覆盖率将从目前的23.04%再提高超1个百分点,达到24.1%"


@pytest.mark.parametrize(
    ("target", "reported", "previous", "status"),
    [
        (LEVEL_AND_CHANGE, "170亿元", None, "met"),  # the level's unit: the level
        (LEVEL_AND_CHANGE, "155亿元", None, "missed"),
        (LEVEL_AND_CHANGE, "增长8%", None, "met"),  # a change: the change
        (LEVEL_AND_CHANGE, "增长6%", None, "missed"),
        (LEVEL_AND_CHANGE, "170", None, "met"),  # bare: both read it, both met
        (LEVEL_AND_CHANGE, "150", None, "missed"),  # bare: no growth of 150% (over 5 x 7%): the level's, under 162
        (LEVEL_AND_CHANGE, "7.5", None, "met"),  # bare: no level of 7.5 (under 162 / 5): the growth's
        (LEVEL_AND_CHANGE, "35", None, "pending"),  # near enough to both: under 162, over 7: never one picked
        (FROM_CHANGE_TO, "25.0", "23.04", "met"),
        (FROM_CHANGE_TO, "23.5", "23.04", "missed"),
        (FROM_CHANGE_TO, "25.0", None, "met"),  # the level alone judges (the change needs last year's)
        (FROM_CHANGE_TO, "提高1.2个百分点", None, "met"),
        (FROM_CHANGE_TO, "提高0.5个百分点", None, "missed"),
        (FROM_CHANGE_TO, "增长8%", None, "pending"),  # a change in %, not points: never the level 8%
    ],
)
def test_level_or_change_of_one_indicator(target: str, reported: str, previous: str | None, status: str) -> None:
    verdict = compliance.evaluate(target, reported, previous=previous)
    assert verdict.status.value == status
    codes = [n.code for n in verdict.notes]
    assert codes == (["level_or_change"] if status != "pending" else codes)


def test_level_or_change_says_which() -> None:
    verdict = compliance.evaluate(LEVEL_AND_CHANGE, "170亿元")
    assert "按“162亿元”判断" in verdict.explain("zh")
    assert "judged by '162亿元'" in verdict.explain("en")
    assert compliance.evaluate(LEVEL_AND_CHANGE, "增长8%").parts[0].target.text == "增长7%"


@pytest.mark.parametrize(
    ("target", "reported", "status"),
    [
        # a list of values pairs as before
        (LEVEL_AND_CHANGE, "170亿元、增长8%", "met"),
        (LEVEL_AND_CHANGE, "170亿元、增长6%", "missed"),
        # two indicators (the second names its own): one value is pending as before
        ("城镇新增就业1100万人以上,城镇登记失业率4.5%以内", "1200万人", "pending"),
    ],
)
def test_not_one_indicator_or_not_one_value(target: str, reported: str, status: str) -> None:
    verdict = compliance.evaluate(target, reported)
    assert verdict.status.value == status
    assert not any(n.code.startswith("level_or_change") for n in verdict.notes)
