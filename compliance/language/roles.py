"""Roles of spans that the language layer writes and the judge reads, in a module that imports nothing, so a check
judged from a snapshot of the lexicon (judge/memo.py) loads no lexer to name them."""

#: the role of the span of the words a sentence's figure with a bare multiplier counts (约5000多万居民: 居民…;
#: language/reported._counted writes it, judge/unwritten.check_counted reads it)
COUNTED = "counted"

#: the role of the span of a figure's remark that it is preliminary (6.5初步统计: zh.yaml reported.preliminary;
#: language/reported._counted writes it, judge/previous.stated_previous says it in a note)
PRELIMINARY = "preliminary"
