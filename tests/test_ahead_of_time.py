"""提前完成全年目标任务 (completed the year's target ahead of time: 国家统计局 on 2020's jobs, 新华社 via
https://tw.bg3.co/a/wo-guo-ti-qian-wan-cheng-quan-nian-cheng-zhen-xin-zeng-jiu-ye-mu-biao-ren-wu.html and
http://szb.gansudaily.com.cn/gsrb/202111/18/c283394.html) is the reporter's word that the target is met, as 全面完成
and 预计完成 are (zh.yaml reported.estimate + 提前). It was unread (pending unrecognized). With a part of the year's figure
before it (1至10月…1009万人) the sentence stays pending period_open, as before; words that negate it stay unread."""

from __future__ import annotations

import pytest

from compliance import evaluate


@pytest.mark.parametrize("reported", ["提前完成全年目标任务", "提前完成年度目标任务", "提前完成"])
def test_ahead_of_time_attests(reported: str) -> None:
    verdict = evaluate("城镇新增就业900万人以上", reported)
    assert (verdict.status.value, verdict.reason.value) == ("met", "attested")


@pytest.mark.parametrize(("reported", "reason"), [
    ("未能提前完成", "unrecognized"),
    ("提前谋划", "unrecognized"),
    ("1至10月份全国城镇新增就业1009万人,提前完成全年目标任务", "period_open"),
])
def test_other_words_stay_open(reported: str, reason: str) -> None:
    verdict = evaluate("城镇新增就业900万人以上", reported)
    assert (verdict.status.value, verdict.reason.value) == ("pending", reason)


def test_a_figure_after_it_is_judged() -> None:
    assert evaluate("城镇新增就业1.2万人以上", "提前完成1.3万人").status.value == "met"
    assert evaluate("城镇新增就业1.4万人以上", "提前完成1.3万人").status.value == "missed"
