"""Figures: tables of (text, expected figures), drawn from real news usage, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnnews_nlp.figures import find_figures
from cnnews_nlp.figures.numerals import parse_numeral

Row = tuple[str, str, float, float | None, str | None, bool]


def read(text: str) -> list[Row]:
    return [(f.text, f.kind, f.value, f.upper, f.unit, f.approximate) for f in find_figures(text)]


NUMERALS = [
    ("0", 0),
    ("1,234.5", 1234.5),
    ("一百二十", 120),
    ("两千", 2000),
    ("零", 0),
    ("〇", 0),
    ("壹佰贰拾叁", 123),
    ("廿", 20),
    ("卅", 30),
    ("百廿", 120),
    ("廿二", 22),
    ("1.2万", 12000),
    ("5亿", 500_000_000),
    ("3万亿", 3_000_000_000_000),
    ("一亿三千万", 130_000_000),
    ("三点五", 3.5),
    ("零点零零一", 0.001),
    ("三万五", 35000),
    ("一百五", 150),
    ("一百零五", 105),
    ("一千零一万零一", 10_010_001),
    ("10万3千", 103_000),
    ("一百点123", 100.123),
    ("零点077", 0.077),
    ("1万600", 10600),
    ("3万4000", 34000),
    ("1千零1", 1001),
    ("一百十一", 111),
    ("百二", 120),
    ("四万万", 400_000_000),
    ("二〇二二", 2022),
    ("一七二零", 1720),
]


@pytest.mark.parametrize(("text", "value"), NUMERALS)
def test_numerals(text: str, value: float) -> None:
    numeral = parse_numeral(text)
    assert numeral is not None and numeral.value == value and numeral.upper is None
    assert type(numeral.value) is type(value)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("六七十", 60, 70),
        ("十几", 11, 19),
        ("几十", 20, 90),
        ("8万多", 80000, 90000),
        ("三十多万", 300_000, 400_000),
        ("100多", 100, 200),
        ("3千多", 3000, 4000),
        ("五百余万", 5_000_000, 6_000_000),
        ("两三千", 2000, 3000),
        ("数百万", 2_000_000, 9_000_000),
    ],
)
def test_vague_numerals(text: str, low: int, high: int) -> None:
    numeral = parse_numeral(text)
    assert numeral is not None and (numeral.value, numeral.upper) == (low, high)
    assert numeral.approximate


@pytest.mark.parametrize("text", ["百十一", "十一十二", "1百01", "零点", "点五", "10..1万", ""])
def test_not_numerals(text: str) -> None:
    assert parse_numeral(text) is None


FIGURES: list[tuple[str, list[Row]]] = [
    # money
    ("投资5亿元", [("5亿元", "money", 500_000_000, None, "CNY", False)]),
    # the base of a rate and the 千 of 千克 are no figures; the amounts beside them are
    ("每千克10元", [("10元", "money", 10, None, "CNY", False)]),
    ("每千人口拥有医师3.5人", [("3.5人", "count", 3.5, None, "人", False)]),
    ("每百户拥有汽车45辆", [("45辆", "count", 45, None, "辆", False)]),
    ("藏书1.2万册", [("1.2万册", "count", 12_000, None, "册", False)]),
    ("壹佰贰拾元", [("壹佰贰拾元", "money", 120, None, "CNY", False)]),
    ("每股1.95港元", [("1.95港元", "money", 1.95, None, "HKD", False)]),
    ("兑换１．０７５３美元", [("１．０７５３美元", "money", 1.0753, None, "USD", False)]),
    ("300万欧元", [("300万欧元", "money", 3_000_000, None, "EUR", False)]),
    ("价格为￥300", [("￥300", "money", 300, None, "CNY", False)]),
    ("只要$20", [("$20", "money", 20, None, "USD", False)]),
    # a currency sign after the amount, unless it begins the next one
    ("约3000万＄预算", [("约3000万＄", "money", 30_000_000, None, "USD", True)]),
    ("门票5€", [("5€", "money", 5, None, "EUR", False)]),
    (
        "300 $400",
        [("300", "number", 300, None, None, False), ("$400", "money", 400, None, "USD", False)],
    ),
    ("3元5角", [("3元5角", "money", 3.5, None, "CNY", False)]),
    ("两角五分", [("两角五分", "money", 0.25, None, "CNY", False)]),
    ("一块二", [("一块二", "money", 1.2, None, "CNY", False)]),
    ("2000日元", [("2000日元", "money", 2000, None, "JPY", False)]),
    ("50英镑", [("50英镑", "money", 50, None, "GBP", False)]),
    ("1万韩元", [("1万韩元", "money", 10000, None, "KRW", False)]),
    ("我有20个比特币", [("20个比特币", "money", 20, None, "BTC", False)]),
    ("一个元宇宙", [("一个", "count", 1, None, "个", False)]),
    # percent
    ("约70%的企业", [("约70%", "percent", 70, None, "%", True)]),
    ("增长百分之四十", [("百分之四十", "percent", 40, None, "%", False)]),
    ("提高2个百分点", [("2个百分点", "percent", 2, None, "pp", False)]),
    ("下调35个基点", [("35个基点", "percent", 35, None, "bp", False)]),
    ("千分之五", [("千分之五", "percent", 0.5, None, "%", False)]),
    ("九成以上", [("九成以上", "percent", 90, None, "%", False)]),
    ("２０％", [("２０％", "percent", 20, None, "%", False)]),
    ("第四季度增长5.4%", [("5.4%", "percent", 5.4, None, "%", False)]),
    # count
    ("8万多名员工", [("8万多名", "count", 80000, 90000, "名", True)]),
    ("千余名群众", [("千余名", "count", 1000, 2000, "名", True)]),
    ("零下十几度", [("零下十几度", "temperature", -19, -11, "C", True)]),
    ("沪指报3300.12点", [("3300.12点", "count", 3300.12, None, "点", False)]),  # no clock
    (
        "3至万次",  # no range runs downwards
        [("3", "number", 3, None, None, False), ("万次", "count", 10_000, None, "次", False)],
    ),
    ("共有万余人参加", [("万余人", "count", 10000, 20000, "人", True)]),
    ("上千家企业", [("上千家", "count", 1000, None, "家", True)]),
    ("月薪过万，", [("过万", "number", 10000, None, None, True)]),
    ("票房破亿。", [("破亿", "number", 100_000_000, None, None, True)]),
    ("粉丝突破3万", [("突破3万", "number", 30000, None, None, True)]),
    ("经过万达广场", []),  # 经过, to pass
    ("楼上百货商场", []),
    ("30岁出头", [("30岁出头", "age", 30, None, "year", True)]),
    ("共计五百元整。", [("五百元整", "money", 500, None, "CNY", False)]),  # 整: exactly
    ("视为一个整体", [("一个", "count", 1, None, "个", False)]),  # 整体: a whole
    ("二十来岁", [("二十来岁", "age", 20, None, "year", True)]),
    ("3成多", [("3成多", "percent", 30, 40, "%", True)]),
    ("1个多小时", [("1个多小时", "duration", 1, 2, "hour", True)]),
    ("一个多月", [("一个多月", "duration", 1, 2, "month", True)]),
    # 多 after money or a measure: less than one more of the number's last place
    ("股价5元多", [("5元多", "money", 5, 6, "CNY", True)]),
    ("水深一米多", [("一米多", "measure", 1, 2, "m", True)]),
    ("在1.5米多深的水中", [("1.5米多", "measure", 1.5, 1.6, "m", True)]),
    ("花了两块多钱", [("两块多钱", "money", 2, 3, "CNY", True)]),
    ("3元5角多", [("3元5角", "money", 3.5, None, "CNY", False)]),  # which place? not read
    ("三元多少", [("三元", "money", 3, None, "CNY", False)]),  # 多少: how much
    ("两年多少有些变化", [("两年", "duration", 2, None, "year", False)]),
    ("身高1米75", [("1米75", "measure", 1.75, None, "m", False)]),
    (
        "门票80元60岁以上免费",
        [("80元", "money", 80, None, "CNY", False), ("60岁以上", "age", 60, None, "year", False)],
    ),
    ("15家企业", [("15家", "count", 15, None, "家", False)]),
    ("十几个", [("十几个", "count", 11, 19, "个", True)]),
    ("１２３人", [("１２３人", "count", 123, None, "人", False)]),
    ("3块奖牌", [("3块", "count", 3, None, "块", False)]),
    ("得了5分", [("5分", "count", 5, None, "分", False)]),
    ("4個蘋果", [("4個", "count", 4, None, "個", False)]),
    ("接待游客3000万人次左右", [("3000万人次左右", "count", 30_000_000, None, "人次", True)]),
    ("发送旅客1.2亿人次", [("1.2亿人次", "count", 120_000_000, None, "人次", False)]),
    # trips, runs and doses counted by their own measure words
    ("加开临客46趟", [("46趟", "count", 46, None, "趟", False)]),
    ("执飞120班次", [("120班次", "count", 120, None, "班次", False)]),
    ("接种疫苗3.2亿剂次", [("3.2亿剂次", "count", 320_000_000, None, "剂次", False)]),
    ("发放试剂50万人份", [("50万人份", "count", 500_000, None, "人份", False)]),
    ("日均客运量280万乘次", [("280万乘次", "count", 2_800_000, None, "乘次", False)]),
    ("投放10万尾鱼苗", [("10万尾", "count", 100_000, None, "尾", False)]),
    # 兆 before a currency is a trillion (Taiwan, Hong Kong); 兆瓦 stays MW
    ("價值1.2兆美元", [("1.2兆美元", "money", 1_200_000_000_000, None, "USD", False)]),
    ("1兆2000亿日元", [("1兆2000亿日元", "money", 1_200_000_000_000, None, "JPY", False)]),
    (
        "1兆2000亿",
        [
            ("1", "number", 1, None, None, False),
            ("2000亿", "number", 200_000_000_000, None, None, False),
        ],
    ),
    ("營收2.89兆新台幣", [("2.89兆新台幣", "money", 2_890_000_000_000, None, "TWD", False)]),
    ("装机100兆瓦", [("100兆瓦", "measure", 100, None, "MW", False)]),
    (
        "十元一捆",
        [("十元", "money", 10, None, "CNY", False), ("一捆", "count", 1, None, "捆", False)],
    ),
    ("频率达到几千亿赫", [("几千亿赫", "measure", 200_000_000_000, 900_000_000_000, "Hz", True)]),
    # a unit word that begins another word is none: 股价, the price of a share
    ("导致600535股价大幅波动", [("600535", "number", 600535, None, None, False)]),
    ("持有300万股", [("300万股", "count", 3_000_000, None, "股", False)]),
    # a minus sign goes before Arabic digits, and a dash after a dash is none
    ("--三人行", [("三人", "count", 3, None, "人", False)]),
    ("--5", [("5", "number", 5, None, None, False)]),
    # measure words of their own: rounds, dozens, departments, orders
    ("第八回合", [("第八回合", "ordinal", 8, None, "回合", False)]),
    ("买了一打鸡蛋", [("一打", "count", 1, None, "打", False)]),
    ("财政部等六部门联合印发", [("六部门", "count", 6, None, "部门", False)]),
    ("订单量达5000万单", [("5000万单", "count", 50_000_000, None, "单", False)]),
    # rough amounts: 把 after a bare scale, and set phrases (not 一百八十, which is 180)
    ("千把块钱", [("千把块钱", "money", 1000, None, "CNY", True)]),
    ("万把人参加", [("万把人", "count", 10000, None, "人", True)]),
    ("三千把刀", [("三千", "number", 3000, None, None, False)]),
    ("百八十块", [("百八十块", "money", 80, 100, "CNY", True)]),
    ("百八十万", [("百八十万", "number", 800_000, 1_000_000, None, True)]),
    ("一百八十块", [("一百八十块", "money", 180, None, "CNY", False)]),
    # 个 before 亿 adds nothing, as speech has it; not before 万, which begins names
    ("大约需要5个亿", [("5个亿", "number", 500_000_000, None, None, False)]),
    ("卖了1个多亿", [("1个多亿", "number", 100_000_000, 200_000_000, None, True)]),
    ("投入几个亿", [("几个亿", "number", 200_000_000, 900_000_000, None, True)]),
    ("输掉了100多个亿", [("100多个亿", "number", 10_000_000_000, 20_000_000_000, None, True)]),
    ("投资5个亿元", [("5个亿元", "money", 500_000_000, None, "CNY", False)]),
    ("5个亿左右", [("5个亿左右", "number", 500_000_000, None, None, True)]),
    ("5个亿日本", [("5个亿", "number", 500_000_000, None, None, False)]),  # no day after it
    ("建设一个万达广场", [("一个", "count", 1, None, "个", False)]),
    # and before a unit of measure of two characters or more
    ("最多六个加仑", [("最多六个加仑", "measure", 6, None, "gal", False)]),
    ("两个平方米", [("两个平方米", "measure", 2, None, "m2", False)]),
    ("一个米老鼠", [("一个", "count", 1, None, "个", False)]),
    # digits counted (double digits), not people (一位数学博士 is one mathematician)
    ("涨幅达两位数", [("两位数", "count", 2, None, "位数", False)]),
    ("一位数学博士", [("一位", "count", 1, None, "位", False)]),
    # a week unit before 日, 天 or 末 begins a day's name: the Nth Sunday, a weekend
    ("每月的第一个星期天", [("第一个", "ordinal", 1, None, "个", False)]),
    ("3月下旬一个星期日的下午", [("一个", "count", 1, None, "个", False)]),
    ("两个礼拜堂", [("两个", "count", 2, None, "个", False)]),
    ("一周三日地登路", [("一周", "duration", 1, None, "week", False)]),
    ("上映第二周末票房", [("第二", "ordinal", 2, None, None, False)]),
    # goals scored and nights stayed
    ("本赛季已打进11球", [("11球", "count", 11, None, "球", False)]),
    (
        "四天三晚游",
        [("四天", "duration", 4, None, "day", False), ("三晚", "count", 3, None, "晚", False)],
    ),
    ("今明两晚", [("两晚", "count", 2, None, "晚", False)]),
    # 球 and 晚 that begin other words count nothing: fans, a gala
    ("五六百球迷", [("五六百", "number", 500, 600, None, True)]),
    # a unit word that begins another word is no unit: 单元 is a building's entrance
    ("住在3单元", [("3", "number", 3, None, None, False)]),
    # measure
    ("千吨级码头", [("千吨级", "measure", 1000, None, "t", False)]),
    ("1,234.5吨", [("1,234.5吨", "measure", 1234.5, None, "t", False)]),
    ("30万千瓦", [("30万千瓦", "measure", 300_000, None, "kW", False)]),
    ("吞吐量3200万标箱", [("3200万标箱", "measure", 32_000_000, None, "TEU", False)]),
    # rates: flows, wind speeds, concentrations
    ("洪峰流量5000立方米/秒", [("5000立方米/秒", "measure", 5000, None, "m3/s", False)]),
    ("风速达32.7米/秒", [("32.7米/秒", "measure", 32.7, None, "m/s", False)]),
    ("PM2.5浓度为35微克/立方米", [("35微克/立方米", "measure", 35, None, "ug/m3", False)]),
    # battery and storage capacities
    ("电池容量5000毫安时", [("5000毫安时", "measure", 5000, None, "mAh", False)]),
    ("启动电流10安培", [("10安培", "measure", 10, None, "A", False)]),
    ("充电电流500毫安", [("500毫安", "measure", 500, None, "mA", False)]),
    ("每天1000大卡", [("1000大卡", "measure", 1000, None, "kcal", False)]),
    ("热量1000千卡", [("1000千卡", "measure", 1000, None, "kcal", False)]),
    ("能量8400千焦", [("8400千焦", "measure", 8400, None, "kJ", False)]),
    ("流长约七八华里", [("约七八华里", "measure", 7, 8, "li", True)]),
    ("每分钟7.5美分", [("7.5美分", "money", 0.075, None, "USD", False)]),
    ("票价50便士", [("50便士", "money", 0.5, None, "GBP", False)]),
    ("减少250亿挪威克朗", [("250亿挪威克朗", "money", 25_000_000_000, None, "NOK", False)]),
    ("每月8000铢", [("8000铢", "money", 8000, None, "THB", False)]),
    ("港币3000元", [("港币3000元", "money", 3000, None, "HKD", False)]),  # 元 of another currency
    ("美金500", [("美金500", "money", 500, None, "USD", False)]),
    ("改变美元一统天下的格局", []),  # 一统, to unify: a lone digit is no amount
    ("约1400万字", [("约1400万字", "count", 14_000_000, None, "字", True)]),
    ("数字经济", []),
    ("欧盟15国", [("15国", "count", 15, None, "国", False)]),
    ("中美两国关系", []),  # 国 counts nothing after a lone Chinese digit: 三国, 七国集团
    ("107国道", [("107", "number", 107, None, None, False)]),  # a national road
    ("东北三省", [("三省", "count", 3, None, "省", False)]),
    ("售价120马克", [("120马克", "money", 120, None, "DEM", False)]),
    ("学习3马克思主义", [("3", "number", 3, None, None, False)]),  # 马克思, Marx
    # a party congress after 党的 or 中共 is an ordinal; elsewhere 大 is no unit
    ("学习党的二十大精神", [("二十大", "ordinal", 20, None, "大", False)]),
    ("中共十五大以来", [("十五大", "ordinal", 15, None, "大", False)]),
    ("评出十大新闻", []),
    ("深入贯彻十五大精神", [("十五大", "ordinal", 15, None, "大", False)]),
    ("碧波万顷", []),
    ("高举12面党旗", [("12面", "count", 12, None, "面", False)]),
    ("按纵向4排座位", [("4排", "count", 4, None, "排", False)]),
    ("一排排小灌木", []),  # rows and rows
    ("几亿面朝黄土的乡亲", [("几亿", "number", 200_000_000, 900_000_000, None, True)]),  # 面朝
    # a team's record: wins, draws and losses; 平 alone is no unit
    (
        "8胜2平6负",
        [
            ("8胜", "count", 8, None, "胜", False),
            ("2平", "count", 2, None, "平", False),
            ("6负", "count", 6, None, "负", False),
        ],
    ),
    ("取得4连胜", [("4连胜", "count", 4, None, "连胜", False)]),
    ("百战百胜", []),  # an idiom: no record after a bare scale
    ("80平的房子", [("80", "number", 80, None, None, False)]),
    ("第一阶段线上选拔", [("第一阶段", "ordinal", 1, None, "阶段", False)]),
    ("第二代身份证", [("第二代", "ordinal", 2, None, "代", False)]),
    ("世界500强", [("500强", "count", 500, None, "强", False)]),
    ("4代表团", [("4", "number", 4, None, None, False)]),  # 代表团, a delegation
    ("三个代表团参加", [("三个", "count", 3, None, "个", False)]),
    ("关心下一代", []),  # 代 and 阶段 are units only after 第
    ("下一阶段的工作", []),
    ("下一赛季", []),
    ("更新至第36话", [("第36话", "ordinal", 36, None, "话", False)]),
    ("第90+3分钟扳平", [("第90+3分钟", "ordinal", 93, None, "分钟", False)]),  # added time
    # a bare numerator after a range mark ends a range of percentages
    ("增长百分之八到九", [("百分之八到九", "percent", 8, 9, "%", False)]),
    ("千分之三到五", [("千分之三到五", "percent", 0.3, 0.5, "%", False)]),
    ("一强多弱", []),
    ("以1∶2负于古巴队", []),  # a score; 负于, lost to
    ("储能规模200兆瓦时", [("200兆瓦时", "measure", 200, None, "MWh", False)]),
    ("3千瓦", [("3千瓦", "measure", 3, None, "kW", False)]),
    ("387万亩", [("387万亩", "measure", 3_870_000, None, "mu", False)]),
    ("身高168cm", [("168cm", "measure", 168, None, "cm", False)]),
    ("100平方米", [("100平方米", "measure", 100, None, "m2", False)]),
    ("5公里", [("5公里", "measure", 5, None, "km", False)]),
    ("100度电", [("100度电", "measure", 100, None, "kWh", False)]),
    ("全年用电量100度", [("100度", "measure", 100, None, "kWh", False)]),
    ("旋转360度", [("360度", "measure", 360, None, "°", False)]),
    ("切成两半", [("两半", "count", 2, None, "半", False)]),
    ("2000千瓦时", [("2000千瓦时", "measure", 2000, None, "kWh", False)]),
    ("三斤半", [("三斤半", "measure", 3.5, None, "jin", False)]),
    ("500毫升", [("500毫升", "measure", 500, None, "mL", False)]),
    # age
    ("80多岁", [("80多岁", "age", 80, 90, "year", True)]),
    ("18周岁", [("18周岁", "age", 18, None, "year", False)]),
    ("十个月大的宝宝", [("十个月大", "age", 10, None, "month", False)]),
    ("六七十岁", [("六七十岁", "age", 60, 70, "year", True)]),
    # ordinal
    ("第三届", [("第三届", "ordinal", 3, None, "届", False)]),
    ("第1名", [("第1名", "ordinal", 1, None, "名", False)]),
    ("位居第一", [("第一", "ordinal", 1, None, None, False)]),
    ("首届", [("首届", "ordinal", 1, None, "届", False)]),
    # 第 before a duration counts its units: the unit is the word as written
    ("第89分钟破门", [("第89分钟", "ordinal", 89, None, "分钟", False)]),
    ("救援进入第3天", [("第3天", "ordinal", 3, None, "天", False)]),
    ("首批企业", [("首批", "ordinal", 1, None, "批", False)]),
    ("建校120周年", [("120周年", "ordinal", 120, None, "周年", False)]),
    # temperature
    ("零下5摄氏度", [("零下5摄氏度", "temperature", -5, None, "C", False)]),
    ("30℃", [("30℃", "temperature", 30, None, "C", False)]),
    ("-5℃", [("-5℃", "temperature", -5, None, "C", False)]),
    ("摄氏37度", [("摄氏37度", "temperature", 37, None, "C", False)]),
    ("华氏70度", [("华氏70度", "temperature", 70, None, "F", False)]),
    ("最高气温25度", [("25度", "temperature", 25, None, "C", False)]),
    # duration
    ("历时18天", [("18天", "duration", 18, None, "day", False)]),
    ("两年多来", [("两年多", "duration", 2, 3, "year", True)]),
    ("3个月", [("3个月", "duration", 3, None, "month", False)]),
    ("半年", [("半年", "duration", 0.5, None, "year", False)]),
    ("半个月", [("半个月", "duration", 0.5, None, "month", False)]),
    ("一个半小时", [("一个半小时", "duration", 1.5, None, "hour", False)]),
    ("十分钟", [("十分钟", "duration", 10, None, "minute", False)]),
    ("休息十分钟", [("十分钟", "duration", 10, None, "minute", False)]),
    ("数十年", [("数十年", "duration", 20, 90, "year", True)]),
    ("还有 18 天", [("18 天", "duration", 18, None, "day", False)]),
    ("三年", [("三年", "duration", 3, None, "year", False)]),
    # numbers, fractions, negatives
    ("1.2万", [("1.2万", "number", 12000, None, None, False)]),
    ("三分之一", [("三分之一", "number", 1 / 3, None, None, False)]),
    # a bound or hedge after a figure with no unit stays in its span
    ("三分之一左右的人", [("三分之一左右", "number", 1 / 3, None, None, True)]),
    ("百分之九十以上", [("百分之九十以上", "percent", 90, None, "%", False)]),
    ("总人数在3000上下", [("3000上下", "number", 3000, None, None, True)]),
    ("三百五十又3分之1", [("三百五十又3分之1", "number", 350 + 1 / 3, None, None, False)]),
    ("一半以上", [("一半", "number", 0.5, None, None, False)]),
    ("三十两白银", [("三十两", "measure", 30, None, "liang", False)]),
    ("3斤5两", [("3斤5两", "measure", 3.5, None, "jin", False)]),
    ("一米八的个子", [("一米八", "measure", 1.8, None, "m", False)]),
    ("1小时30分钟", [("1小时30分钟", "duration", 90, None, "minute", False)]),
    ("他以9秒83夺冠", [("9秒83", "duration", 9.83, None, "second", False)]),
    ("1分44秒40", [("1分44秒40", "duration", 104.4, None, "second", False)]),
    (
        "每3秒10次",
        [("3秒", "duration", 3, None, "second", False), ("10次", "count", 10, None, "次", False)],
    ),
    ("两年零三个月", [("两年零三个月", "duration", 27, None, "month", False)]),
    ("两小时十分", [("两小时十分", "duration", 130, None, "minute", False)]),
    ("四分之一公升", [("四分之一公升", "measure", 0.25, None, "L", False)]),
    ("万分之三", [("万分之三", "percent", 0.03, None, "%", False)]),
    ("打八折", [("八折", "percent", 80, None, "%", False)]),
    ("七五折", [("七五折", "percent", 75, None, "%", False)]),
    ("商场打对折", [("对折", "percent", 50, None, "%", False)]),
    ("超过半数的受访者", [("超过半数", "percent", 50, None, "%", True)]),
    ("半数以上的孩子", [("半数以上", "percent", 50, None, "%", False)]),
    # growth counted in doublings is a multiple: 2 to the number of doublings
    ("比2010年翻一番", [("翻一番", "count", 2, None, "倍", False)]),
    ("考生人数翻了三番", [("翻了三番", "count", 8, None, "倍", False)]),
    ("收入翻了1番", [("翻了1番", "count", 2, None, "倍", False)]),
    ("产值翻两番多", [("翻两番多", "count", 4, 8, "倍", True)]),
    ("交易量将翻两番左右", [("翻两番左右", "count", 4, None, "倍", True)]),
    ("存款余额翻番", [("翻番", "count", 2, None, "倍", False)]),
    (
        "销量翻倍，利润5亿元",
        [
            ("翻倍", "count", 2, None, "倍", False),
            ("5亿元", "money", 500000000, None, "CNY", False),
        ],
    ),
    ("三成半", [("三成半", "percent", 35, None, "%", False)]),
    ("超过1/2的人", [("超过1/2", "number", 0.5, None, None, True)]),
    ("两毛五", [("两毛五", "money", 0.25, None, "CNY", False)]),
    ("三块零四", [("三块零四", "money", 3.04, None, "CNY", False)]),
    ("共有3、4个", [("3", "number", 3, None, None, False), ("4个", "count", 4, None, "个", False)]),
    # 三五 is three to five, as 三四 is three or four
    ("增值三五倍", [("三五倍", "count", 3, 5, "倍", True)]),
    # a unit word that begins another word gives way to a shorter one: 大约, not the age 天大
    ("从未突破五百天大关", [("突破五百天", "duration", 500, None, "day", True)]),
    (
        "一天大约售出10台",
        [("一天", "duration", 1, None, "day", False), ("10台", "count", 10, None, "台", False)],
    ),
    # a middle dot between digits before a unit or scale is a decimal point (older typesetting)
    ("每桶平均为14·66美元", [("14·66美元", "money", 14.66, None, "USD", False)]),
    ("失业率高达１２·１％", [("１２·１％", "percent", 12.1, None, "%", False)]),
    ("展场面积1·7万平方米", [("1·7万平方米", "measure", 17000, None, "m2", False)]),
    ("建设银行东四支行", []),  # 支行, a bank's branch
    (
        "21、22两日",
        [("21", "number", 21, None, None, False), ("22", "number", 22, None, None, False)],
    ),
    ("英超4强", [("4强", "count", 4, None, "强", False)]),  # 英超: the Premier League
    ("星际2打得好", [("2", "number", 2, None, None, False)]),  # 打, to play, not a dozen
    ("赔率2.80处于高位", [("2.80", "number", 2.8, None, None, False)]),  # 处于: to be in
    ("二两酒", [("二两", "measure", 2, None, "liang", False)]),
    # a bare part that begins a word is no part: 一览 (at a glance)
    ("一块一览无余的空地", []),
    ("一米七五的个子", [("一米七五", "measure", 1.75, None, "m", False)]),  # 七五 is a word too
    # two digits before a unit: the first is the part, the second counts the unit
    (
        "白菜一块二一斤",
        [("一块二", "money", 1.2, None, "CNY", False), ("一斤", "measure", 1, None, "jin", False)],
    ),
    (
        "三块五六斤",
        [("三块五", "money", 3.5, None, "CNY", False), ("六斤", "measure", 6, None, "jin", False)],
    ),
    # ... even where the two digits make a word that is no figure (五一, May Day)
    (
        "两块五一斤",
        [("两块五", "money", 2.5, None, "CNY", False), ("一斤", "measure", 1, None, "jin", False)],
    ),
    ("花了一块一毛", [("一块一毛", "money", 1.1, None, "CNY", False)]),
    (
        "第一名第二名",
        [("第一名", "ordinal", 1, None, "名", False), ("第二名", "ordinal", 2, None, "名", False)],
    ),
    ("三点五", [("三点五", "number", 3.5, None, None, False)]),
    ("负3", [("负3", "number", -3, None, None, False)]),
    # 负 before a count is a loss, not a minus
    ("所负三场均是强队", [("三场", "count", 3, None, "场", False)]),
    ("气温负三度", [("负三度", "temperature", -3, None, "C", False)]),
    # 最近 is "the last", not "nearly"
    ("最近18场比赛", [("18场", "count", 18, None, "场", False)]),
    ("近18场比赛", [("近18场", "count", 18, None, "场", True)]),
    ("1.01升级补丁", [("1.01", "number", 1.01, None, None, False)]),  # 升级, to upgrade
    ("约合人民币720万元", [("约合人民币720万元", "money", 7200000, None, "CNY", True)]),
    ("签订合约3份", [("3份", "count", 3, None, "份", False)]),  # 合约, a contract
    ("节约50%", [("50%", "percent", 50, None, "%", False)]),  # 节约, to save
    # 平方 and 立方 alone are square and cubic metres, but not in 平方根 or 立方体
    ("节约100立方水", [("100立方", "measure", 100, None, "m3", False)]),
    ("100平方的房子", [("100平方", "measure", 100, None, "m2", False)]),
    ("5平方根", [("5", "number", 5, None, None, False)]),
    ("北门西20米二楼", [("20米", "measure", 20, None, "m", False)]),  # 二楼, the second floor
    ("每周三次", [("三次", "count", 3, None, "次", False)]),
    ("每周五天工作制", [("五天", "duration", 5, None, "day", False)]),  # five days a week
    # a vague number right before a larger round one runs up to it
    ("来了十几二十个人", [("十几二十个", "count", 11, 20, "个", True)]),
    ("几十上百人围观", [("几十上百人", "count", 20, 100, "人", True)]),
    ("人数约90万人", [("约90万人", "count", 900000, None, "人", True)]),  # 数 ends 人数
    ("评分9.5/10", [("9.5/10", "number", 0.95, None, None, False)]),  # a fraction, not a season
    # numbers listed after an ordinal share its 第 and the last one's measure word
    (
        "第六、七、八届监事会主席",
        [
            ("第六", "ordinal", 6, None, "届", False),
            ("七", "ordinal", 7, None, "届", False),
            ("八届", "ordinal", 8, None, "届", False),
        ],
    ),
    (
        "第3、4名",
        [("第3", "ordinal", 3, None, "名", False), ("4名", "ordinal", 4, None, "名", False)],
    ),
    ("紧追第一集团", [("第一", "ordinal", 1, None, None, False)]),  # 集团, a group: no episode
    # 升 before 至 or 到 is "to rise", unless the range ends in 升 as well
    (
        "胜赔从1.60升至1.70",
        [("1.60", "number", 1.6, None, None, False), ("1.70", "number", 1.7, None, None, False)],
    ),
    ("两升至三升", [("两升至三升", "measure", 2, 3, "L", False)]),
    ("难取三分贝蒂斯", [("三分", "count", 3, None, "分", False)]),  # 贝蒂斯, a club: no decibels
    ("每天240克朗", [("240", "number", 240, None, None, False)]),  # kronor, not grams
    ("三两头水牛", [("三两头", "count", 2, 3, "头", True)]),  # two or three buffalo, not 3 liang
    ("三两元钱", [("三两元钱", "money", 2, 3, "CNY", True)]),
    ("买了三两茶叶", [("三两", "measure", 3, None, "liang", False)]),
    ("万一章节有误", []),  # 万一, in case: no 11,000 chapters
    ("万一人手不够", []),
    ("第一首相", [("第一", "ordinal", 1, None, None, False)]),  # 首相, a prime minister
    (
        "星际2首次由非G组织",
        [("2", "number", 2, None, None, False), ("首次", "ordinal", 1, None, "次", False)],
    ),
    ("预计从2011起发卡2000万张", [("2000万张", "count", 20000000, None, "张", False)]),
    (
        "从3起增至5起",
        [("3起", "count", 3, None, "起", False), ("5起", "count", 5, None, "起", False)],
    ),
    (
        "开出2注500万头奖",
        [("2", "number", 2, None, None, False), ("500万", "number", 5000000, None, None, False)],
    ),
    ("5升水", [("5升", "measure", 5, None, "L", False)]),
    ("百廿荣光", [("百廿", "number", 120, None, None, False)]),
    ("共34,567", [("34,567", "number", 34567, None, None, False)]),
    # hedges and ranges
    ("近8万人", [("近8万人", "count", 80000, None, "人", True)]),
    ("大约3天", [("大约3天", "duration", 3, None, "day", True)]),
    ("50人左右", [("50人左右", "count", 50, None, "人", True)]),
    ("超过70%", [("超过70%", "percent", 70, None, "%", True)]),
    ("1至2年", [("1至2年", "duration", 1, 2, "year", False)]),
    ("3至5亿元", [("3至5亿元", "money", 300_000_000, 500_000_000, "CNY", False)]),
    ("3-5亿元", [("3-5亿元", "money", 300_000_000, 500_000_000, "CNY", False)]),
    ("3到5万人", [("3到5万人", "count", 30000, 50000, "人", False)]),
    ("20%-30%", [("20%-30%", "percent", 20, 30, "%", False)]),
    ("气温-5℃至3℃", [("-5℃至3℃", "temperature", -5, 3, "C", False)]),
    # a dash after a word of temperature or a verb is a minus sign, not a designation's
    ("气温-10至-5℃", [("-10至-5℃", "temperature", -10, -5, "C", False)]),
    ("最低气温降至-3", [("-3", "number", -3, None, None, False)]),
    # negative ends written by size, the smaller first, run from the lower
    ("气温-5至-10℃", [("-5至-10℃", "temperature", -10, -5, "C", False)]),
    ("零下5至零下10摄氏度", [("零下5至零下10摄氏度", "temperature", -10, -5, "C", False)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES, ids=[t for t, _ in FIGURES])
def test_figures(text: str, expected: list[Row]) -> None:
    assert read(text) == expected


NOT_FIGURES = [
    # 推翻 is to overthrow; 翻几番 says no number
    "推翻了一番论断",
    "翻几番",
    # a number in the title of a work is part of its name
    "《星际争霸2》的玩家",
    "新书《只有一个地球》",
    # bare numbers that do not rise across a dash are a score or a code
    "以2-1获胜",
    "双方0-0战平",
    "切沃0-2告负",
    "波音737-700客机",
    "威廉希尔1.22-4.80-10.00",  # three numbers in a row: odds, not a range
    # a year over the next: a season, not a fraction
    "2003/04赛季",
    "2010/11赛季",
    "2003/2004赛季",
    # seven digits or more with no unit, not round: a phone or serial number
    "投诉电话82732356",
    "百度一下",  # Baidu, not 100 degrees
    "邮编100021",  # a number after a label is a code
    "电话：82001129",
    "指数分析专栏",  # 分析, not 数分 (a few points)
    "欧亚指数对主队有利",  # 指数, an index, not 数对 (a few pairs)
    "沙尔克04队",  # a name's number: a leading zero makes a code, whatever follows it
    "中国银行（601988.SH）",  # a stock code
    # a Latin letter and a dash before a number: a model's designation
    "F-16战斗机",
    "A-50预警机",
    "印度空军苏-30战斗机",
    "“烈火”-3中程弹道导弹",
    "编号20061328",
    "一些",
    "一起",
    "一带一路",
    "“三个代表”重要思想",  # names of policies and doctrines
    "坚定“四个自信”、做到“两个维护”",
    "中央八项规定精神",
    "一一列举",  # one by one
    "每周五周六都有车",  # Fridays and Saturdays, not five weeks
    "周六天气晴好",  # Saturday's weather, not six days
    "秦始皇于公元前221年统一六国",  # a year of the calendar, not 221 years
    "公元 221年",
    "上周五天津队主场失利",
    "美国总统星期二晚表示",  # Tuesday evening, not two nights
    "周3晚开售",
    "年初一晚９点多钟",  # the lunar New Year's Day evening
    "正月十五晚上赏灯",
    "大年三十晚上",
    "两球队战平",  # two teams
    "朝九晚五的生活",  # nine to five, no nights
    "三皇之一伏羲氏",  # 之一, one of them: no volt
    "这一年一度的盛会",  # annual: no year
    "金融债一级市场",  # the primary market: no grade
    "二级市场股价",
    "二次世界大战中",
    "夏练三伏",  # the dog days, no volts
    "危机四伏",
    "无一例外",
    "练习“五打四”战术",  # five against four, no dozens
    "三农",
    "十分重要",
    "万一",
    "大陆",
    "两岸关系",
    "半岛",
    "3D打印",
    "5G网络",
    "华为Mate60",
    "拨打0731-88888888",
    "身份证号430102199001011234",
    "00后",
    "80后",
    "上接1版",
    "一成不变",
    "零部件",
    "舞台四角的火炬",
    "上半年",
    "登陆部队",
    "小明拾起石子",
    "2025/4/12",
    "见 https://example.com/a?q=30%25",
    "两两相对",
    "统一对社会发布",
    # dates and times belong to Document.dates
    "2022年底",
    "1993—1995年",
    "4月30日-5月5日",
    "二〇二二年",
    "12日晚",
    "下午3时",
    "3点15分",
    "15:30",
    "80年代",
    "21世纪",
    "五一期间",
    "十四五期间",
    "双11购物节",
    "每十万人口",
    "以千克为单位",
    "湖南队以3比1获胜",
    "三比一",
    "万人空巷",
    # idioms and plan names with numerals in them
    "百家争鸣",
    "三番五次",
    "九牛一毛",
    "四处游说",
    "国家“九五”重点图书",
    "长三角一体化",
    "半成品",
    "三轮车",
    "一打听",
    "第一人称",
    "“六一”儿童节",
    "八一队主场",
    "“五四”精神",
    "“九一八”事变",
    "乱七八糟",
    "北京三环路",
    "万载县",
    "狼烟四起之际",
    "《铁三角》",
    "千千万万句感谢",
    "成千上万人",
    "十三五期间",
    "第三季度",
    "2024年第1季度",
    "2025湖南汽车展",
    "一点一滴地接近",
    "三五成群",
    "某一局部",
    "华中抗大五分校",
    "反对党八股",
    "深圳艺术学校四年级学生",
    "曾经四度参加洽谈会",
    "吸引着多数人的目光",
    "无数次走过",
    "乘坐人数所占比例",
    "如数家珍地列举",
    "在千头万绪中",
    "货币贬值百分比",
    "在亿万斯年的沧桑巨变中",
    "相差十万八千里",
    # the numbers of list items and of days' names label, they do not count
    "1、福建省著名侨乡",
    "我们决定：2. 家具",
    "（1）火灾、爆炸",
    "“9·11”事件",
    "3·15晚会",
]


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text: str) -> None:
    assert read(text) == []


#: Known failures, kept as data: what we read today, and what it should be.
KNOWN_FAILURES: list[tuple[str, list[Row], str]] = [
    ("十 余 万", [("十 余 万", "number", 100000, 200000, None, True)], "spaced-out numerals"),
    ("这是五", [("五", "number", 5, None, None, False)], "single Chinese digits are left alone"),
]


@pytest.mark.parametrize(
    ("text", "expected", "why"), KNOWN_FAILURES, ids=[t for t, _, _ in KNOWN_FAILURES]
)
@pytest.mark.xfail(strict=True)
def test_known_failures(text: str, expected: list[Row], why: str) -> None:
    assert read(text) == expected


def test_sentence_with_several_figures() -> None:
    text = "2022年底，长沙15家企业投资5亿元，带动8万多名员工，约70%来自湖南。"
    assert [f.text for f in find_figures(text)] == ["15家", "5亿元", "8万多名", "约70%"]


@given(st.text())
def test_never_raises_and_offsets_slice(text: str) -> None:
    for figure in find_figures(text):
        assert text[figure.start : figure.end] == figure.text
        assert figure.upper is None or figure.upper >= figure.value


NUMERIC = st.text(
    alphabet="过破突胜平代阶段美分∶整0123456789.,-/:至到多余几十百千万亿零一二两三四五六七八九元年天个%第约负下来上每比度日把球晚位数·翻番倍了推",
    max_size=20,
)


@given(NUMERIC)
def test_dense_numeric_text(text: str) -> None:
    for figure in find_figures(text):
        assert text[figure.start : figure.end] == figure.text
        assert figure.upper is None or figure.upper >= figure.value  # 负十几度: -19 to -11
