/**
 * Word lists for the copyright rule, one list per concept and language. Each phrase is matched
 * case-insensitively as whole words (syndication openers as the start of the line); a phrase only
 * counts on a short line shaped like a notice, never inside a longer sentence of the article.
 */

/** "All rights reserved" and its equivalents. */
export const RIGHTS_RESERVED: Readonly<Record<string, readonly string[]>> = {
  en: ['all rights reserved', 'all right reserved', 'some rights reserved'],
  de: ['alle rechte vorbehalten'],
  fr: ['tous droits réservés', 'tous droits de reproduction réservés'],
  es: ['todos los derechos reservados', 'reservados todos los derechos'],
  pt: ['todos os direitos reservados'],
  it: ['tutti i diritti riservati', 'riproduzione riservata'],
  nl: ['alle rechten voorbehouden'],
  pl: ['wszelkie prawa zastrzeżone'],
  ru: ['все права защищены', 'все права сохранены'],
  tr: ['tüm hakları saklıdır', 'her hakkı saklıdır', 'bütün hakları saklıdır'],
  zh: ['版权所有', '版权所有 翻印必究', '保留所有权利'],
  ja: ['無断転載を禁じます', '無断転載禁止', '無断転載を禁止します'],
};

/** Words and signs that open a copyright notice: "Copyright © 2019 …", "© 2019 …", "(c) 2019 …". */
export const COPYRIGHT_OPENERS: readonly string[] = ['copyright', '©', '(c)', 'ⓒ', 'copr', '℗'];

/** Reproduction and reuse notices. */
export const REPRODUCTION_NOTICES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'this material may not be published broadcast rewritten or redistributed', 'may not be published broadcast rewritten or redistributed',
    'no part may be reproduced', 'may not be reproduced without', 'this document is subject to copyright',
    'reproduction in whole or in part', 'without prior written permission', 'without the express written permission',
    'without the written permission',
  ],
  de: ['nachdruck nur mit genehmigung', 'vervielfältigung nur mit genehmigung', 'weiterverbreitung nur mit genehmigung', 'nachdruck und vervielfältigung nur mit'],
  fr: ['reproduction interdite', 'toute reproduction interdite', 'reproduction et diffusion interdites', 'toute reproduction même partielle'],
  es: ['prohibida su reproducción', 'prohibida la reproducción', 'queda prohibida la reproducción', 'prohibida su reproducción total o parcial'],
  pt: ['proibida a reprodução', 'é proibida a reprodução', 'reprodução proibida'],
  it: ['vietata la riproduzione', 'è vietata la riproduzione', 'riproduzione vietata'],
  nl: ['niets uit deze uitgave mag worden verveelvoudigd', 'overname zonder toestemming'],
  pl: ['kopiowanie zabronione', 'przedruk zabroniony', 'przedruk tylko za zgodą'],
  ru: ['перепечатка запрещена', 'при перепечатке ссылка обязательна', 'при цитировании ссылка обязательна', 'использование материалов разрешено только'],
  tr: ['izinsiz kullanılamaz', 'kaynak gösterilmeden kullanılamaz', 'izin alınmadan kullanılamaz', 'izinsiz yayınlanamaz'],
  zh: ['未经授权不得转载', '未经许可不得转载', '未经授权 不得转载', '未经许可 不得转载', '严禁转载', '转载请注明出处', '未经授权禁止转载', '未经许可禁止转载'],
  ja: ['無断転載を禁じます', '無断転載禁止', '無断複製 転載を禁じます'],
};

/** Openers of a syndication note: "Via SyndiGate.info", "Distributed by Tribune Content Agency". */
export const SYNDICATION_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['via syndigate.info', 'distributed by', 'syndicated by', 'syndicated from', 'reprinted with permission', 'republished with permission', 'provided by syndigate'],
  de: ['verbreitet von', 'nachdruck mit freundlicher genehmigung', 'mit freundlicher genehmigung von'],
  fr: ['diffusé par', 'reproduit avec autorisation', 'reproduit avec l\'autorisation'],
  es: ['distribuido por', 'reproducido con permiso', 'reproducido con autorización'],
  pt: ['distribuído por', 'reproduzido com permissão', 'reproduzido com autorização'],
  it: ['distribuito da', 'riprodotto con il permesso', 'riprodotto su autorizzazione'],
  nl: ['verspreid door', 'overgenomen met toestemming'],
  pl: ['dystrybucja', 'przedruk za zgodą'],
  ru: ['распространяется', 'перепечатано с разрешения'],
  tr: ['dağıtım', 'izin alınarak yayımlanmıştır'],
};

/** Affiliate and commission disclosures. */
export const AFFILIATE_NOTICES: Readonly<Record<string, readonly string[]>> = {
  en: [
    'may earn an affiliate commission', 'may earn a commission', 'may earn commission', 'has affiliate partnerships',
    'contains affiliate links', 'may contain affiliate links', 'as an amazon associate', 'earn from qualifying purchases',
    'we may receive a commission', 'we may earn a small commission',
  ],
  de: ['enthält affiliate-links', 'affiliate-links', 'erhalten wir eine provision', 'provisions-links'],
  fr: ['liens affiliés', 'liens d\'affiliation', 'percevoir une commission'],
  es: ['enlaces de afiliados', 'enlaces afiliados', 'recibir una comisión'],
  pt: ['links de afiliados', 'links afiliados', 'receber uma comissão'],
  it: ['link di affiliazione', 'link affiliati', 'ricevere una commissione'],
  nl: ['affiliate links', 'affiliate-links', 'ontvangen wij een commissie'],
  pl: ['linki afiliacyjne', 'linki partnerskie'],
  ru: ['партнерские ссылки', 'партнёрские ссылки'],
  tr: ['satış ortaklığı bağlantıları', 'ortaklık bağlantıları'],
};
