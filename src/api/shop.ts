/** D1–D5. Shop catalogue: products, categories, brands, collections (orders: shop-orders.ts). */
import {shopAndCommerce} from './operations/shop-and-commerce.js';
import type {CallOptions, FavClient} from './client.js';
import type {Id} from './schemas/fields.js';
import {listOf, loaded, one, type ListResult} from './schemas/parse.js';
import {
  BrandSchema,
  CollectionSchema,
  ProductSummarySchema,
  ShopCategorySchema,
  type Brand,
  type Collection,
  type Product,
  type ProductSummary,
  type ShopCategory,
} from './schemas/shop.js';

export interface ProductsQuery {
  search?: string;
  page?: number;
  limit?: number;
  /** Sent under the SDK's filter names (`category_slug`, …), which the doc lacks (§8). */
  categorySlug?: string;
  categoryId?: Id;
  brandSlug?: string;
  collectionSlug?: string;
  sort?: 'name' | 'price_asc' | 'price_desc' | 'newest';
  featured?: boolean;
}

/** D1. */
export function listProducts(client: FavClient, query: ProductsQuery = {}, options?: CallOptions): Promise<ListResult<ProductSummary>> {
  return client.call(shopAndCommerce.listProducts,
    {
      query: {
        search: query.search,
        page: query.page,
        limit: query.limit,
        category_slug: query.categorySlug,
        category_id: query.categoryId,
        brand_slug: query.brandSlug,
        collection_slug: query.collectionSlug,
        sort: query.sort,
        featured: query.featured,
      },
      parse: listOf(ProductSummarySchema),
    },
    options,
  );
}

/** D2. By `slug`, else `id`. 404 `NOT_FOUND`. */
export function getProduct(client: FavClient, slug: Id, options?: CallOptions): Promise<Product> {
  return client.call(shopAndCommerce.getProduct, {params: {slug}, parse: loaded(import('./schemas/product.js').then((m) => one(m.ProductSchema)))}, options);
}

/** D3. */
export function listShopCategories(client: FavClient, query: {featured?: boolean} = {}, options?: CallOptions): Promise<ListResult<ShopCategory>> {
  return client.call(shopAndCommerce.listShopCategories, {query: {featured: query.featured}, parse: listOf(ShopCategorySchema)}, options);
}

/** D4. */
export function listBrands(client: FavClient, options?: CallOptions): Promise<ListResult<Brand>> {
  return client.call(shopAndCommerce.listBrands, {parse: listOf(BrandSchema)}, options);
}

/** D5. */
export function listCollections(client: FavClient, options?: CallOptions): Promise<ListResult<Collection>> {
  return client.call(shopAndCommerce.listCollections, {parse: listOf(CollectionSchema)}, options);
}
