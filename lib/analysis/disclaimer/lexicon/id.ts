import { LATIN, type DisclaimerLexiconSource } from './types';

export const id: DisclaimerLexiconSource = {
  variant: 'id',
  lang: 'id',
  script: LATIN,
  cue: /^\W{0,3}(?:penafian|sanggahan|disclaimer)\b/u,
  subject: /\b(?:artikel|konten|informasi|halaman|tulisan|berita|situs) ini\b|\bseluruh (?:konten|informasi)\b/u,
  foreign: /\b(?:komentar|pembaca|cookie|tautan)\b/u,
  concepts: [
    {
      kind: 'third-party',
      relation: /\b(?:konten|informasi|materi|artikel|pendapat|opini|tulisan)\b/u,
      object: /\b(?:(?:dari|oleh|milik) )?pihak ketiga\b/u,
      gap: 30,
    },
    { kind: 'third-party', relation: /\b(?:disediakan|ditulis|dibuat|diterbitkan|disumbangkan) oleh pihak ketiga\b/u },
    {
      kind: 'no-endorsement',
      relation: /\btidak (?:selalu |serta-merta )?(?:mencerminkan|mewakili)\b/u,
      object: /\b(?:pandangan|pendapat|posisi|sikap)\b/u,
      gap: 40,
    },
    {
      kind: 'no-endorsement',
      relation: /\b(?:tidak|bukan|bukanlah)\b/u,
      object: /\b(?:merupakan )?(?:dukungan|pengesahan|endorsement)\b/u,
      gap: 40,
    },
    { kind: 'no-endorsement', relation: /\btidak (?:mendukung|menyetujui|mengesahkan) (?:pandangan|pendapat|isi)\b/u },
    {
      kind: 'informational-only',
      relation: /\b(?:untuk|bertujuan) (?:tujuan )?(?:informasi|edukasi|pendidikan|informasional) (?:saja|semata)\b/u,
    },
    { kind: 'informational-only', relation: /\buntuk tujuan (?:informasi|edukasi|pendidikan|informasional)\b/u },
    {
      kind: 'informational-only',
      relation: /\bhanya (?:untuk|sebagai|bersifat) (?:tujuan )?(?:informasi|referensi|edukasi|informatif)\b/u,
    },
    { kind: 'informational-only', relation: /\bbersifat informatif\b/u },
    {
      kind: 'author-views-only',
      relation:
        /\b(?:pandangan|pendapat|opini)(?: (?:pribadi|yang|dalam|artikel|ini|diungkapkan|disampaikan|tersebut)){0,4} (?:adalah )?(?:sepenuhnya )?(?:milik |dari |merupakan )?(?:pribadi )?(?:penulis|pengarang)\b/u,
    },
    { kind: 'author-views-only', relation: /\b(?:sepenuhnya )?tanggung jawab (?:pribadi )?(?:penulis|pengarang)\b/u },
    {
      kind: 'not-advice',
      relation: /\b(?:tidak|bukan|bukanlah)\b/u,
      object:
        /\b(?:nasihat|nasehat|saran|rekomendasi|anjuran)(?: \p{L}+)? (?:keuangan|investasi|hukum|pajak|profesional)\b/u,
      gap: 50,
    },
    { kind: 'sponsored', relation: /\b(?:konten|artikel|tulisan) (?:bersponsor|berbayar|sponsor|promosi)\b/u },
    { kind: 'sponsored', relation: /\b(?:advertorial|disponsori oleh)\b/u },
  ],
  host: [/\b(?:pandangan|pendapat|posisi|sikap) (?:dari )?(@)/u, /\b(?:dukungan|pengesahan) (?:dari|oleh) (@)/u],
};
