namespace Orchestrator.Host.Demo;

/// <summary>Plausible names, organisations and addresses for demo customers; deterministic for a given seed.</summary>
internal sealed class ChineseNames(Random random)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "建国", "小红", "晓东", "文博", "思远"];
    private static readonly string[] Companies = ["鑫源商贸有限公司", "恒达物业管理有限公司", "华泰食品有限公司", "新城房地产开发有限公司", "康宁医院", "实验小学", "顺发洗车行", "绿洲酒店有限公司"];
    private static readonly string[] Districts = ["城东区", "城西区", "高新区", "开发区", "滨河区"];
    private static readonly string[] Streets = ["人民路", "解放路", "建设大街", "和平路", "中山路", "长江路", "黄河路", "青年路", "文化路", "光明街"];
    private static readonly string[] Estates = ["阳光小区", "幸福家园", "翠湖花园", "锦绣苑", "金色港湾", "书香名苑", "和谐新村"];

    public string PersonName() => Pick(Surnames) + Pick(GivenNames);

    public string OrganisationName() => Pick(Districts)[..2] + Pick(Companies);

    public string Address() =>
        $"{Pick(Districts)}{Pick(Streets)}{random.Next(1, 300)}号{Pick(Estates)}{random.Next(1, 30)}栋{random.Next(1, 6)}单元{random.Next(1, 30)}0{random.Next(1, 5)}室";

    public string MobilePhone() => $"1{Pick(["38", "39", "58", "59", "86", "87", "35"])}{random.Next(10000000, 99999999)}";

    private string Pick(string[] values) => values[random.Next(values.Length)];
}
