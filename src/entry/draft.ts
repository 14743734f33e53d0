import { z } from 'astro/zod';
import { photoFilePattern } from './photo-rules.ts';
import { checkPhotoPath } from '../validate/photo-path.ts';
import { businessSchema } from '../schemas/business.ts';

/**
 * The entry schema for an entry whose photos are not in the repository yet: the submit form and `npm run new`
 * check with it before the photos are uploaded. Every rule is the build's own; only image(), which in the
 * build opens the file, here accepts the name the photo is going to have.
 */

/**
 * image() for a photo not uploaded yet: the validator's path rules (inside the entry folder, JPEG, PNG or WebP),
 * without asking whether the file exists, and the plain file names the form and the scaffolder give photos.
 */
const plannedPhoto = () =>
	z
		.string()
		.refine(
			(src) => checkPhotoPath(src) === undefined && src.startsWith('./photos/') && photoFilePattern.test(src.slice('./photos/'.length)),
			{
				message: 'Expected ./photos/<file>.jpg, .png or .webp (Latin letters, digits, - and _).',
			},
		);

/** businessSchema with planned photos. */
export const draftSchema = businessSchema({ image: plannedPhoto } as never);
