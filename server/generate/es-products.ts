/**
 * @module What a Spanish online shop sells: product names, categories and price ranges in euros (VAT
 * included, as Spanish shops show prices). Brands are invented, so no real trademark shows up.
 */

export interface EsProductSpec {
  name: string;
  category: string;
  brand: string;
  /** Price range in EUR, VAT included. */
  price: readonly [number, number];
  /** Three letters that start the store's product ids (SKU) of this category. */
  sku: string;
}

export const esProducts: readonly EsProductSpec[] = [
  { name: 'Zapatillas de running Aire 3', category: 'Calzado', brand: 'Sierra Sport', price: [59, 129], sku: 'CAL' },
  { name: 'Botines de piel con cremallera', category: 'Calzado', brand: 'Olmo', price: [69, 149], sku: 'CAL' },
  { name: 'Sandalias de esparto', category: 'Calzado', brand: 'Costa Brava', price: [25, 49], sku: 'CAL' },
  { name: 'Camiseta básica de algodón orgánico', category: 'Moda mujer', brand: 'Brisa', price: [9, 19], sku: 'MOD' },
  { name: 'Vestido midi estampado', category: 'Moda mujer', brand: 'Brisa', price: [29, 59], sku: 'MOD' },
  { name: 'Vaqueros slim tiro alto', category: 'Moda mujer', brand: 'Índigo', price: [35, 69], sku: 'MOD' },
  { name: 'Chaqueta acolchada ligera', category: 'Moda hombre', brand: 'Nórdica', price: [49, 99], sku: 'MOD' },
  { name: 'Camisa de lino manga larga', category: 'Moda hombre', brand: 'Olmo', price: [29, 55], sku: 'MOD' },
  { name: 'Sudadera con capucha', category: 'Moda hombre', brand: 'Sierra Sport', price: [25, 49], sku: 'MOD' },
  { name: 'Auriculares inalámbricos con cancelación de ruido', category: 'Electrónica', brand: 'Sonora', price: [49, 199], sku: 'ELE' },
  { name: 'Altavoz Bluetooth resistente al agua', category: 'Electrónica', brand: 'Sonora', price: [29, 89], sku: 'ELE' },
  { name: 'Cargador rápido USB-C 65 W', category: 'Electrónica', brand: 'Voltio', price: [19, 45], sku: 'ELE' },
  { name: 'Reloj inteligente deportivo', category: 'Electrónica', brand: 'Voltio', price: [79, 249], sku: 'ELE' },
  { name: 'Sartén antiadherente 28 cm', category: 'Hogar', brand: 'Alba Home', price: [19, 45], sku: 'HOG' },
  { name: 'Juego de sábanas de percal 200 hilos', category: 'Hogar', brand: 'Alba Home', price: [29, 69], sku: 'HOG' },
  { name: 'Cafetera italiana de acero inoxidable', category: 'Hogar', brand: 'Tostado', price: [19, 39], sku: 'HOG' },
  { name: 'Lámpara de mesa de cerámica', category: 'Hogar', brand: 'Terracota', price: [35, 79], sku: 'HOG' },
  { name: 'Crema hidratante facial SPF 30', category: 'Belleza', brand: 'Olivo Cosmetics', price: [12, 29], sku: 'BEL' },
  { name: 'Sérum de vitamina C', category: 'Belleza', brand: 'Olivo Cosmetics', price: [15, 35], sku: 'BEL' },
  { name: 'Eau de toilette cítrica 100 ml', category: 'Belleza', brand: 'Azahar', price: [29, 65], sku: 'BEL' },
  { name: 'Esterilla de yoga antideslizante', category: 'Deporte', brand: 'Sierra Sport', price: [19, 39], sku: 'DEP' },
  { name: 'Mochila de senderismo 30 L', category: 'Deporte', brand: 'Pirineo', price: [39, 89], sku: 'DEP' },
  { name: 'Aceite de oliva virgen extra 5 L', category: 'Alimentación', brand: 'Jaén Gold', price: [29, 49], sku: 'ALI' },
  { name: 'Lote de turrones artesanos', category: 'Alimentación', brand: 'Xixona Real', price: [19, 39], sku: 'ALI' },
];

/** Spanish shops price at .95 or .99 (and a few round euros). */
export const priceEndings = [0.95, 0.99, 0.99, 0.5, 0] as const;
