"""A valid 人口库 import of N rows as a complete minimal .xlsx (shared strings, as Excel writes them):
unique GB 11643 ID numbers, real 张家界 division codes. Usage: population_xlsx.py N out.xlsx"""
import datetime, sys, zipfile
from xml.sax.saxutils import escape

n, out = int(sys.argv[1]), sys.argv[2]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C = "10X98765432"
def idnumber(i):
    d = datetime.date(1950, 1, 1) + datetime.timedelta(days=i // 900)
    s = f"430802{d:%Y%m%d}{i % 900 + 100:03d}"
    return s + C[sum(int(a) * b for a, b in zip(s, W)) % 11]
strings, index = [], {}
def s(text):
    if text not in index:
        index[text] = len(strings); strings.append(text)
    return index[text]
header = ["姓名", "身份证号码", "民族", "户籍地址", "手机号码", "户籍地区划代码"]
names = ["张", "李", "王", "刘", "陈", "杨", "赵", "黄"]
rows = [[s(h) for h in header]]
for i in range(n):
    rows.append([s(names[i % 8] + "某" + str(i)), s(idnumber(i)), s("土家族" if i % 3 else "汉族"),
                 s(f"张家界市永定区大庸桥街道大庸桥社区{i % 500}号"), s(f"139{i:08d}"), s("430802000000")])
cols = "ABCDEF"
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="人口库" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
               % (len(strings), len(strings), "".join(f"<si><t>{escape(t)}</t></si>" for t in strings)))
    body = "".join(f'<row r="{r + 1}">' + "".join(f'<c r="{cols[c]}{r + 1}" t="s"><v>{v}</v></c>' for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows))
    z.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>')
