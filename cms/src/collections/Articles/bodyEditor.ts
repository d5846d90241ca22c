import { RelationshipFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

/**
 * The article body's editor: every default feature, with the relationship block offering only
 * albums. An embedded album becomes a photo card or a player on the site (publishing/richText.ts);
 * a relationship to anything else would render as nothing, so the editor does not offer it.
 */
export const articleBodyEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'relationship'),
    RelationshipFeature({ enabledCollections: ['albums'] }),
  ],
})
