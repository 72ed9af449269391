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
        # no name at all after the list (provinces)
        ("江西、新疆为7%左右", "7.1", "pending"),
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
