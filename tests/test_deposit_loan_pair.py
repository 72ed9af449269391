"""存贷款 is one word for two figures, as 城乡 and 进出口 are (zh.yaml several.pairs 存贷款: [存款, 贷款]). A county's 2024
review (巨野县政府工作报告, 山东法制传媒网 http://sdfzcm.com/a/gaoceng/20250117/140640.html): 金融机构存贷款余额达到831.8亿元、
406.7亿元,分别增长13%、7.9%. The 分别 list of levels gives 存款 the first and 贷款 the second; the whole (存贷款) and either
half are other indicators, never one's figure for the other's."""

from __future__ import annotations

import pytest

from compliance import evaluate

JUYE = ("2024年,预计实现地区生产总值478亿元,增长6.8%;完成一般公共预算收入36.7亿元,增长4.1%;金融机构存贷款余额达到831.8亿元、"
        "406.7亿元,分别增长13%、7.9%;全体居民人均可支配收入增长6.8%。")


@pytest.mark.parametrize(("target", "reported", "status", "value"), [
    ("贷款余额达到400亿元", "金融机构存贷款余额分别达到831.8亿元、406.7亿元", "met", "406.7"),  # pending before
    ("贷款余额达到410亿元", "金融机构存贷款余额分别达到831.8亿元、406.7亿元", "missed", "406.7"),
    ("存款余额达到800亿元", "金融机构存贷款余额分别达到831.8亿元、406.7亿元", "met", "831.8"),
    ("存款余额达到850亿元", "金融机构存贷款余额分别达到831.8亿元、406.7亿元", "missed", "831.8"),
    ("贷款余额增长7%", JUYE, "met", "7.9"),
    ("存款余额增长14%", JUYE, "missed", "13"),
    ("存贷款余额增长10%", "金融机构存贷款余额增长11%", "met", "11"),
])
def test_each_half_takes_its_own_figure(target: str, reported: str, status: str, value: str) -> None:
    verdict = evaluate(target, reported)
    assert (verdict.status.value, str(verdict.value)) == (status, value)


@pytest.mark.parametrize(("target", "reported"), [
    ("贷款余额增长10%", "金融机构存贷款余额增长11%"),  # the whole's growth is no half's
    ("存款余额增长10%", "金融机构存贷款余额增长11%"),
])
def test_the_whole_is_no_halfs_figure(target: str, reported: str) -> None:
    assert evaluate(target, reported).status.value == "pending"
