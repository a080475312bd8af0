/** The product's name as the hospital knows it; a brand, so it is not translated. */
export const productName = 'Careline 客服会员系统';
