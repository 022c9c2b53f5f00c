/**
 * A signer's surname OCR read with a mark lost or changed ("Nguyên Văn A" for "Nguyễn Văn A"). Vietnamese surnames
 * are few: the dictionary below holds the common ones and the rarer ones whose letters a common one shares. A name's
 * first word that is no surname of the dictionary, and whose letters without marks are those of exactly one entry, is
 * that entry; a word two entries share ("Dướng": Dương or Đường) or that is a surname itself stays as read.
 */
import { foldForMatch } from "../normalize/text.js";

const SURNAMES = [
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
  "Đinh", "Đoàn", "Đào", "Trịnh", "Trương", "Lương", "Lâm", "Mai", "Cao", "Tạ", "Hà", "Lưu", "Tô", "Tôn", "Thái", "Chu",
  "Châu", "Kiều", "Quách", "Vương", "Phùng", "Mạc", "Lại", "Nông", "La", "Lã", "Kim", "Hứa", "Triệu", "Đàm", "Khúc",
  "Diệp", "Giang", "Lục", "Ông", "Hầu", "Tăng", "Từ", "Thân", "Bạch", "Quan", "Âu", "Đồng", "Nghiêm", "Ninh", "Doãn",
  "Viên", "Khổng", "Cù", "Đường", "Văn", "Lò", "Lường", "Đới", "Đậu", "Lữ", "Phí", "Khương", "Thạch", "Danh", "Sơn",
  "Kha", "Bế", "Ma", "Mã", "Vi", "Sầm", "Tống", "Giáp", "Lạc", "Hàn", "Mẫn", "Khuất", "Ứng", "Chử", "Cấn",
] as const;

const KNOWN = new Set<string>(SURNAMES.map((name) => name.normalize("NFC")));
const BY_LETTERS = new Map<string, string[]>();
for (const name of KNOWN) {
  const letters = foldForMatch(name);
  BY_LETTERS.set(letters, [...(BY_LETTERS.get(letters) ?? []), name]);
}

/** The name with its surname's marks restored, and the word as read; undefined when the name stays as read. */
export function restoredSurname(name: string): { name: string; read: string; surname: string } | undefined {
  const [first, ...rest] = name.split(" ");
  if (first === undefined || rest.length < 1 || KNOWN.has(first)) return undefined;
  const candidates = BY_LETTERS.get(foldForMatch(first));
  if (candidates?.length !== 1) return undefined;
  const surname = candidates[0]!;
  if (first === first.toLocaleUpperCase("vi") && first.length > 1) return undefined;
  return { name: [surname, ...rest].join(" "), read: first, surname };
}
