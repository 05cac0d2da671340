// A benchmark text for when ../shared (and its 12.6 MB of real news) is absent: articles made
// here from a few sentence templates written for this purpose, deterministic (fixed seed), with the
// features that cost time: diacritics, numbers, dates, codes, names, quotes, NFD and NBSP.
const templates = [
  "Chiều {d}-{m}, Phòng Xây dựng phong trào bảo vệ ANTQ - CATP tổ chức hội nghị tổng kết công tác năm {y}.",
  "Đại tá {name} - Phó Giám đốc Công an tỉnh dự, chỉ đạo hội nghị; cùng dự có lãnh đạo các phòng nghiệp vụ.",
  "Trong năm, lực lượng chức năng đã bắt giữ {n} đối tượng, thu giữ {n},5 kg ma túy và {money} đồng.",
  "Thực hiện Kế hoạch số {n}/KH-BCĐ ngày {d}/{m}/{y} của Ban Chỉ đạo, các đơn vị đã triển khai {n} mô hình.",
  "Nhân dịp này, {n} tập thể, {n} cá nhân được tặng danh hiệu “Chiến sĩ thi đua cơ sở”.",
  "Khoảng {h}h{mm} ngày {d}/{m}, tại quận Kiến An, TP.HCM, đã xảy ra vụ tai nạn giao thông làm {n} người bị thương.",
  "Ông {name} (SN {y0}, trú tại xã An Hòa) bị khởi tố về tội \u201cCố ý gây thương tích\u201d theo Điều 134 Bộ luật Hình sự.",
  "Uỷ ban nhân dân quận đã chỉ đạo tăng cường công tác đảm bảo ANTT,\u00a0TTATXH trên địa bàn.",
  "Hoa\u0300 Bi\u0300nh la\u0300 mô\u0323t trong nhưng đi\u0323a phương co\u0301 phong tra\u0300o ma\u0323nh.",
];
const names = ["Đào Quang Trường", "Nguyễn Văn Khảo", "Trần Thị Hoa", "Lê Quốc Hùng", "Phạm Minh Tuấn"];

/** About `size` characters of article-like text; articles are separated by a blank line. */
export function generateText(size) {
  let seed = 20260101;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  const fill = (t) =>
    t
      .replace(/\{d\}/g, () => String(1 + rand(28)))
      .replace(/\{m\}/g, () => String(1 + rand(12)))
      .replace(/\{y\}/g, () => String(2015 + rand(10)))
      .replace(/\{y0\}/g, () => String(1960 + rand(40)))
      .replace(/\{h\}/g, () => String(rand(24)))
      .replace(/\{mm\}/g, () => String(10 + rand(50)))
      .replace(/\{n\}/g, () => String(1 + rand(500)))
      .replace(/\{money\}/g, () => `${1 + rand(900)}.${String(rand(1000)).padStart(3, "0")}.000`)
      .replace(/\{name\}/g, () => names[rand(names.length)]);
  const parts = [];
  let length = 0;
  while (length < size) {
    const sentences = [];
    const count = 8 + rand(20);
    for (let i = 0; i < count; i++) sentences.push(fill(templates[rand(templates.length)]));
    const article = sentences.join(rand(3) === 0 ? "\n" : " ");
    parts.push(article);
    length += article.length + 2;
  }
  return parts.join("\n\n");
}
