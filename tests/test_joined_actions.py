"""Actions joined by 和 before one name and one figure are one target (zh.yaml several.actions).

新建和改造提升高标准农田20万亩 (2026西藏自治区政府工作报告, tests/corpus/targets_seventh.tsv ts020) was
read as two targets, 新建 and 改造, each of the whole 20万亩, so one reported figure was pending. A list of
names with 分别 stays a list.
"""

import pytest

import compliance


@pytest.mark.parametrize(
    ("target", "reported", "status"),
    [
        ("新建和改造提升高标准农田20万亩", "21万亩", "met"),
        ("新建和改造提升高标准农田20万亩", "20万亩", "met"),
        ("新建和改造提升高标准农田20万亩", "19万亩", "missed"),
        ("新建和改造农村公路1000公里", "1100公里", "met"),
        ("新建和改造农村公路1000公里", "900公里", "missed"),
    ],
)
def test_actions_on_one_name_are_one_target(target: str, reported: str, status: str) -> None:
    parsed = compliance.parse_target(target)
    assert parsed.kind != "several"
    assert compliance.evaluate(target, reported).status.value == status


@pytest.mark.parametrize(
    ("target", "reported", "status"),
    [
        ("城镇和农村居民人均可支配收入分别增长6%、7%", "6.5%、7.5%", "met"),
        ("城镇和农村居民人均可支配收入分别增长6%、7%", "6.5%、6.5%", "missed"),
        ("城镇调查失业率和登记失业率稳定在4.3%左右", "4.3%、4.3%", "met"),
    ],
)
def test_names_joined_stay_a_list(target: str, reported: str, status: str) -> None:
    parsed = compliance.parse_target(target)
    assert parsed.kind == "several" and len(parsed.parts) == 2
    assert compliance.evaluate(target, reported).status.value == status


def test_names_that_only_start_with_an_action_stay_a_list() -> None:
    # 新建住宅 is a name, not an action: two names, each its own figure
    parsed = compliance.parse_target("新建住宅和改造住宅面积分别达到100万平方米、50万平方米")
    assert parsed.kind == "several" and len(parsed.parts) == 2
